import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** A small tmpfs of its own (the tests run as root): a real full disk, a real read-only file system. */
export interface Tmpfs {
  dir: string;
  remount(options: { readOnly: boolean }): void;
  unmount(): void;
}

const run = (args: string[]): void =>
  void execFileSync(args[0] as string, args.slice(1), { timeout: 10_000, killSignal: 'SIGKILL', stdio: 'pipe' });

/** Whether this machine lets the tests mount a tmpfs (root on Linux); tests that need one skip otherwise. */
export function canMountTmpfs(): boolean {
  if (process.platform !== 'linux' || process.getuid?.() !== 0) return false;
  try {
    const probe = mountTmpfs(64);
    probe.unmount();
    return true;
  } catch {
    return false;
  }
}

export function mountTmpfs(sizeKiB: number): Tmpfs {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ig-tmpfs-'));
  run(['mount', '-t', 'tmpfs', '-o', `size=${sizeKiB}k,mode=0755`, 'tmpfs', dir]);
  return {
    dir,
    remount({ readOnly }) {
      run(['mount', '-o', `remount,${readOnly ? 'ro' : 'rw'}`, dir]);
    },
    unmount() {
      run(['umount', '-l', dir]);
      rmdirSync(dir);
    },
  };
}
