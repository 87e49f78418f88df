import { access } from 'node:fs/promises';
import { readCapped } from '../../../util/read-capped-file';
import os from 'node:os';
import { describeShellOutcome } from '../../exec/describe-shell-outcome';
import type { PowerShellSession } from '../../exec/powershell-session';
import { parseWindowsReboot, windowsRebootScript } from './windows-system-parse';
import { readSafely, type SourceRead } from '../../sources/source-read';

export interface OsInfo {
  /** Human name and version, e.g. "Windows 10 Pro 10.0.19045" or "UOS 20 (5.10.0)". */
  name: string;
  uptimeSeconds: number;
  /** null: could not be determined on this OS. */
  rebootPending: boolean | null;
  rebootMarkers: string[];
  rebootError?: string;
}

export type OsSource = (signal: AbortSignal) => Promise<SourceRead<OsInfo>>;

/** PRETTY_NAME from /etc/os-release (UOS, Kylin, Debian all have it). */
export function parseOsRelease(text: string): string | null {
  const m = /^PRETTY_NAME=(?:"([^"]*)"|(.*))$/m.exec(text);
  return (m?.[1] ?? m?.[2] ?? '').trim() || null;
}

/** Linux: /etc/os-release and /var/run/reboot-required (set by Debian-family updates); no child process. */
export function linuxOsSource(root = ''): OsSource {
  return () =>
    readSafely(async () => {
      const release = await readCapped(`${root}/etc/os-release`, 64 * 1024).then(
        (b) => parseOsRelease(b.toString('utf8')),
        () => null,
      );
      const rebootRequired = await access(`${root}/var/run/reboot-required`).then(
        () => true,
        () => false,
      );
      return {
        ok: true,
        name: `${release ?? os.type()} (${os.release()})`,
        uptimeSeconds: Math.round(os.uptime()),
        rebootPending: rebootRequired,
        rebootMarkers: rebootRequired ? ['/var/run/reboot-required'] : [],
      };
    });
}

/** Windows: name and build from Node, pending reboot from the registry through the shared PowerShell. */
export function windowsOsSource(session: PowerShellSession): OsSource {
  return async (signal) => {
    const base = { ok: true as const, name: `${os.version()} ${os.release()}`, uptimeSeconds: Math.round(os.uptime()) };
    const outcome = await session.run(windowsRebootScript, { timeoutMs: 8000, signal });
    if (outcome.kind !== 'ok')
      return { ...base, rebootPending: null, rebootMarkers: [], rebootError: describeShellOutcome(outcome) };
    const parsed = parseWindowsReboot(outcome.text);
    return parsed.ok
      ? { ...base, rebootPending: parsed.pending, rebootMarkers: parsed.markers }
      : { ...base, rebootPending: null, rebootMarkers: [], rebootError: parsed.reason };
  };
}
