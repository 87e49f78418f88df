import { appendFileSync, mkdirSync, renameSync, statSync } from 'node:fs';
import path from 'node:path';
import { errorMessage } from '../../../shared/error-message';

/** The core's own log in the data folder, so a support bundle can carry it (docs/support.md). */
export function coreLogPath(dataDir: string): string {
  return path.join(dataDir, 'logs', 'core.log');
}

/** The previous log file, kept when the current one reaches its size cap. */
export function previousLogPath(file: string): string {
  return file.replace(/\.log$/, '.1.log');
}

export interface FileLogOptions {
  /** When the file passes this size it becomes `core.1.log` (replacing the older one) and a new one starts. */
  maxBytes?: number;
  now?: () => number;
  pid?: number;
  /** Told once when the file cannot be written (a read-only or full disk); the log goes on without it. */
  onFailure?: (reason: string) => void;
}

/**
 * A size-capped, rotating log file: at most two files of `maxBytes` each. Lines are appended
 * synchronously (the core logs rarely, and a line written just before a crash is the one that
 * matters), with a UTC timestamp and the pid, since several cores may share one data folder.
 * Never throws: a log that cannot be written must not take the core down.
 */
export function createFileLog(file: string, options: FileLogOptions = {}): (line: string) => void {
  const maxBytes = options.maxBytes ?? 5 * 1024 * 1024;
  const now = options.now ?? Date.now;
  const pid = options.pid ?? process.pid;
  let size: number | undefined;
  let failed = false;
  return (line) => {
    try {
      if (size === undefined) {
        mkdirSync(path.dirname(file), { recursive: true });
        size = statSize(file);
      }
      const text = `${new Date(now()).toISOString()} [${pid}] ${line.replace(/\r?\n/g, ' ⏎ ')}\n`;
      if (size > 0 && size + Buffer.byteLength(text) > maxBytes) {
        renameSync(file, previousLogPath(file));
        size = 0;
      }
      appendFileSync(file, text);
      size += Buffer.byteLength(text);
      failed = false;
    } catch (error) {
      size = undefined;
      if (!failed) options.onFailure?.(errorMessage(error));
      failed = true;
    }
  };
}

function statSize(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
}
