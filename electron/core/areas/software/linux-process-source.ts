import { readdirSync } from 'node:fs';
import { readCappedSync } from '../../../util/read-capped-file';
import type { ProcessSource, RunningProcess } from './process-model';

function readCappedText(file: string): string {
  // argv can be long: the kernel allows several MiB of arguments (ARG_MAX is a quarter of the stack limit).
  return readCappedSync(file, 8 * 1024 * 1024).toString('utf8');
}

function readName(procRoot: string, pid: string): string {
  const cmdline = readCappedText(`${procRoot}/${pid}/cmdline`);
  const fromArgv = (cmdline.split('\0')[0] ?? '').split(/[\\/]/).pop() ?? '';
  return fromArgv || readCappedText(`${procRoot}/${pid}/comm`).trim();
}

/**
 * Linux: reads /proc directly (no child process). The name comes from argv[0], so programs run
 * under Wine (common for the invoicing software on UOS/Kylin) show as `xxx.exe`; `comm` (15
 * characters at most) is the fallback. Synchronous on purpose: procfs files live in kernel memory
 * and never wait on a disk, and ~100 sync reads take ~1.5 ms where the async version (several
 * thread-pool round trips per file) took 20-30 ms of wall time and more CPU.
 */
export function linuxProcessSource(procRoot = '/proc'): ProcessSource {
  return async () => {
    // Let the checks that start child processes or sockets in the same round go first, so their
    // waiting overlaps this short synchronous burst instead of queueing behind it.
    await new Promise((resolve) => setImmediate(resolve));
    let entries: string[];
    try {
      entries = readdirSync(procRoot);
    } catch (error) {
      return {
        ok: false,
        problem: 'unreadable',
        reason: `cannot read ${procRoot}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
      };
    }
    const processes: RunningProcess[] = [];
    for (const pid of entries) {
      if (!/^\d+$/.test(pid)) continue;
      try {
        const name = readName(procRoot, pid);
        if (name) processes.push({ name, pid: Number(pid), version: null });
      } catch {
        // the process ended while we looked
      }
    }
    return { ok: true, processes };
  };
}
