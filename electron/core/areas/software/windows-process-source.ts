import { describeShellOutcome } from '../../exec/describe-shell-outcome';
import type { PowerShellSession } from '../../exec/powershell-session';
import type { ProcessRead, ProcessSource, RunningProcess } from './process-model';

/**
 * The script gets the names as base64 JSON, never spliced into the script text, so no name from a
 * policy file can inject PowerShell. It returns each matching process with its file version.
 */
export function windowsProcessScript(names: readonly string[]): string {
  const encoded = Buffer.from(JSON.stringify(names.map((n) => n.replace(/\.exe$/i, ''))), 'utf8').toString('base64');
  return `
$names = [Text.Encoding]::UTF8.GetString([Convert]::FromBase64String('${encoded}')) | ConvertFrom-Json
$found = @(Get-Process -Name $names -ErrorAction SilentlyContinue | ForEach-Object {
  $version = $null
  try { if ($_.Path) { $version = (Get-Item -LiteralPath $_.Path -ErrorAction Stop).VersionInfo.FileVersion } } catch { }
  [pscustomobject]@{ Name = $_.ProcessName; Id = $_.Id; FileVersion = $version }
})
ConvertTo-Json -InputObject $found -Compress -Depth 3
`;
}

/** Parses the process script's JSON; garbage comes back as a reason, never an exception. */
export function parseWindowsProcesses(text: string): ProcessRead {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, '').trim() || '[]');
  } catch {
    return { ok: false, problem: 'unreadable', reason: `process query returned no JSON: ${text.trim().slice(0, 80)}` };
  }
  const list = Array.isArray(json) ? json : json && typeof json === 'object' ? [json] : [];
  const processes = list.flatMap((p: unknown): RunningProcess[] => {
    const o = p as { Name?: unknown; Id?: unknown; FileVersion?: unknown };
    if (typeof o?.Name !== 'string') return [];
    return [
      {
        name: `${o.Name}.exe`,
        pid: typeof o.Id === 'number' ? o.Id : 0,
        version: typeof o.FileVersion === 'string' && o.FileVersion.trim() ? o.FileVersion.trim() : null,
      },
    ];
  });
  return { ok: true, processes };
}

/** Windows: only the processes the policy names, with versions, through the shared PowerShell. */
export function windowsProcessSource(session: PowerShellSession, timeoutMs = 8000): ProcessSource {
  return async (names, signal) => {
    if (names.length === 0) return { ok: true, processes: [] };
    const outcome = await session.run(windowsProcessScript(names), { timeoutMs, signal });
    return outcome.kind === 'ok'
      ? parseWindowsProcesses(outcome.text)
      : { ok: false, problem: 'unreadable', reason: describeShellOutcome(outcome) };
  };
}
