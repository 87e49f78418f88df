import { readCapped } from '../../../util/read-capped-file';
import os from 'node:os';
import si from 'systeminformation';
import { withTimeout } from '../../exec/with-timeout';
import { readSafely, type SourceRead } from '../../sources/source-read';

export interface MemoryInfo {
  totalBytes: number;
  /** What new programs can get without swapping (Linux MemAvailable; Windows free physical memory). */
  availableBytes: number;
  /** Linux PSI `some avg10`: % of the last 10 s some task stalled on memory; null where absent. */
  pressurePercent: number | null;
}

export type MemorySource = (signal?: AbortSignal) => Promise<SourceRead<MemoryInfo>>;

/** `some avg10=1.23 ...` from /proc/pressure/memory; null when the line is not there. */
export function parsePressure(text: string): number | null {
  const m = /^some avg10=(\d+(?:\.\d+)?)/m.exec(text);
  return m ? Number(m[1]) : null;
}

/**
 * Linux: systeminformation's mem() (it reads /proc/meminfo, no child process) plus PSI. Windows:
 * Node's own counters, because si.mem() would start PowerShell for swap figures we do not need.
 */
export function memorySource(platform: NodeJS.Platform): MemorySource {
  if (platform !== 'linux')
    return async () => ({ ok: true, totalBytes: os.totalmem(), availableBytes: os.freemem(), pressurePercent: null });
  return () =>
    readSafely(async () => {
      const [mem, pressure] = await Promise.all([
        withTimeout(si.mem(), 3000, 'systeminformation mem()'),
        readCapped('/proc/pressure/memory', 4096).then(
          (b) => parsePressure(b.toString('utf8')),
          () => null,
        ),
      ]);
      return { ok: true, totalBytes: mem.total, availableBytes: mem.available, pressurePercent: pressure };
    });
}
