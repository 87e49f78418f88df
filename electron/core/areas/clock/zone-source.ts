import { readlink } from 'node:fs/promises';
import { describeShellOutcome } from '../../exec/describe-shell-outcome';
import type { PowerShellSession } from '../../exec/powershell-session';
import { systemZone, zoneOffsetMinutes, type ZoneReading } from './time-zone-probe';
import type { SourceRead } from '../../sources/source-read';

/** The machine's time zone as the OS has it now (not as this process cached it at start). */
export type ZoneSource = (signal: AbortSignal) => Promise<SourceRead<ZoneReading & { source: string }>>;

function isZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

/**
 * Linux: the /etc/localtime link (what timedatectl and the desktop settings change), read fresh each
 * time, because V8 and ICU keep the zone they saw at start: after the user fixes the zone the check
 * must clear without restarting the app. TZ in the environment wins, as it does for programs.
 */
export function linuxZoneSource(env: NodeJS.ProcessEnv = process.env, localtime = '/etc/localtime'): ZoneSource {
  return async () => {
    const now = new Date();
    const fromEnv = env.TZ?.replace(/^:/, '');
    if (fromEnv && isZone(fromEnv))
      return { ok: true, name: fromEnv, offsetMinutes: zoneOffsetMinutes(fromEnv, now), source: 'TZ' };
    const target = await readlink(localtime).catch(() => '');
    const name = /zoneinfo\/(.+)$/.exec(target)?.[1];
    if (name && isZone(name)) return { ok: true, name, offsetMinutes: zoneOffsetMinutes(name, now), source: localtime };
    return { ok: true, ...systemZone(now), source: 'runtime' };
  };
}

/** Windows: the zone .NET reads from the registry, its cache cleared first (the session lives long). */
export const windowsZoneScript = `
[TimeZoneInfo]::ClearCachedData()
$tz = [TimeZoneInfo]::Local
ConvertTo-Json -InputObject ([pscustomobject]@{ id = $tz.Id; offsetMinutes = [int]$tz.GetUtcOffset([DateTime]::UtcNow).TotalMinutes }) -Compress
`;

/** Windows: the zone id ("China Standard Time") and its current offset; the runtime's view if PowerShell fails. */
export function windowsZoneSource(session: PowerShellSession): ZoneSource {
  return async (signal) => {
    const outcome = await session.run(windowsZoneScript, { timeoutMs: 5000, signal });
    if (outcome.kind === 'ok') {
      try {
        const json = JSON.parse(outcome.text) as { id?: unknown; offsetMinutes?: unknown };
        if (typeof json.id === 'string' && typeof json.offsetMinutes === 'number')
          return { ok: true, name: json.id, offsetMinutes: json.offsetMinutes, source: 'windows' };
      } catch {
        // fall through to the runtime's view
      }
    }
    return { ok: true, ...systemZone(), source: `runtime (${describeShellOutcome(outcome)})` };
  };
}
