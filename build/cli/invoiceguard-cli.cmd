@echo off
rem InvoiceGuard's monitoring CLI (docs/cli.md, docs/deployment.md): invoiceguard-cli check --json
rem Runs the CLI bundle beside this file with the Node.js on the PATH (20.19 or later).
where node >nul 2>nul
if errorlevel 1 (
  echo invoiceguard-cli: Node.js 20.19 or later is needed on the PATH 1>&2
  exit /b 3
)
node "%~dp0cli.cjs" %*
exit /b %ERRORLEVEL%
