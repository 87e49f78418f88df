import { describeOutcome, runCommand, type CommandOutcome, type CommandRunner } from '../../exec/run-command';
import { parseSmartHealth, parseSmartScan, type SmartHealth } from './smart-parse';
import type { SourceRead } from '../../sources/source-read';

const install = 'smartmontools (apt install smartmontools; Windows: smartmontools.org installer)';

/** Every disk's SMART verdict; `not-available` when smartctl finds no disk it can ask (virtual disks). */
export type SmartRead = SourceRead<{ disks: SmartHealth[] }>;

export type SmartSource = (signal: AbortSignal) => Promise<SmartRead>;

// smartctl reports findings in its exit bits; every code is an answer to read, not a crash.
const anyExitCode = Array.from({ length: 255 }, (_, i) => i + 1);
const maxDisks = 8;

/** Where smartctl lives: on PATH, else the smartmontools installer's folder on Windows. */
function candidates(platform: NodeJS.Platform): string[] {
  return platform === 'win32'
    ? ['smartctl.exe', 'C:\\Program Files\\smartmontools\\bin\\smartctl.exe']
    : ['smartctl', '/usr/sbin/smartctl'];
}

/** SMART health of every disk smartctl finds (scan, then one `-H` per disk, at most 8 in parallel). */
export function smartSource(platform: NodeJS.Platform, run: CommandRunner = runCommand): SmartSource {
  return async (signal) => {
    let scan: CommandOutcome | undefined;
    let tool = '';
    for (const file of candidates(platform)) {
      scan = await run(file, ['--scan', '-j'], { timeoutMs: 10_000, signal, okCodes: anyExitCode });
      tool = file;
      if (scan.kind !== 'missing') break;
    }
    if (!scan || scan.kind === 'missing') return { ok: false, problem: 'tool-missing', reason: 'smartctl', install };
    if (scan.kind !== 'ok') return { ok: false, problem: 'unreadable', reason: describeOutcome(scan) };
    const devices = parseSmartScan(scan.stdout);
    if (!devices) return { ok: false, problem: 'unreadable', reason: 'smartctl --scan gave no JSON' };
    if (devices.length === 0) return { ok: false, problem: 'not-available', reason: 'smartctl --scan found no disks' };
    const disks = await Promise.all(
      devices.slice(0, maxDisks).map(async (d): Promise<SmartHealth> => {
        const outcome = await run(tool, ['-H', '-i', '-j', '-d', d.type, d.name], {
          timeoutMs: 15_000,
          signal,
          okCodes: anyExitCode,
        });
        return outcome.kind === 'ok'
          ? parseSmartHealth(d.name, outcome.stdout, outcome.code)
          : { device: d.name, passed: null, model: '', reason: describeOutcome(outcome) };
      }),
    );
    return { ok: true, disks };
  };
}
