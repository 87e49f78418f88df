// Builds the Node-side bundles (core, CLI, Electron main and preload, dev harness) with esbuild
// and the renderer with Vite, all into dist/. `--node-only` skips the renderer (for the CLI).
import { build } from 'esbuild';
import { readFile } from 'node:fs/promises';
import { spawnSync } from 'node:child_process';

const pkg = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8'));
const nodeOnly = process.argv.includes('--node-only');

const entries = {
  core: 'electron/core/process/core-entry.ts',
  cli: 'electron/cli/cli-entry.ts',
  main: 'electron/main/main.ts',
  preload: 'electron/preload/preload.ts',
  'dev-web': 'electron/dev-web/dev-web-entry.ts',
};

await build({
  entryPoints: entries,
  outdir: 'dist',
  outExtension: { '.js': '.cjs' },
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: 'linked',
  // Native or platform-probing packages stay real modules; electron is provided by the runtime.
  external: ['electron', 'usb', 'systeminformation', 'ws', 'playwright-core'],
  define: { __APP_VERSION__: JSON.stringify(pkg.version) },
  logLevel: 'warning',
});

if (!nodeOnly) {
  const vite = spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn'], {
    stdio: 'inherit',
  });
  if (vite.status !== 0) process.exit(vite.status ?? 1);
}
