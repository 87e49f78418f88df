import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isRunning } from '../../../support/processes';

const fixtures = path.resolve('test/fixtures/process');
const loopback = path.resolve('test/fixtures/policy/loopback.json');
const dataDir = mkdtempSync(path.join(tmpdir(), 'ig-lifetime-'));
const started: number[] = [];
afterAll(() => {
  // Whatever a failing test left behind goes now, so it cannot linger after the run.
  for (const pid of started) if (isRunning(pid)) process.kill(pid, 'SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
});

/** Runs a fixture parent that starts a process, prints its pid and SIGKILLs itself; resolves that pid. */
function orphanOf(script: string, args: string[]): Promise<number> {
  return new Promise((resolve, reject) =>
    execFile(process.execPath, [path.join(fixtures, script), ...args], { timeout: 30_000 }, (_error, stdout) => {
      const pid = Number(stdout.trim().split('\n')[0]);
      if (!Number.isInteger(pid) || pid <= 0) return reject(new Error(`no pid from ${script}: ${stdout}`));
      started.push(pid);
      resolve(pid);
    }),
  );
}

describe('a core whose parent dies', () => {
  // 0 ms: before the core has run a line; 50-300 ms: while it loads its policy and sets up (where
  // the disconnect used to go unheard); 1500 ms: running and probing.
  it.each([0, 50, 150, 300, 1500])('exits when its parent is killed %i ms after forking it', async (delay) => {
    const core = await orphanOf('fork-core-then-die.mjs', [String(delay), '--policy', loopback, '--data-dir', dataDir]);
    await expect.poll(() => isRunning(core), { timeout: 20_000, interval: 100 }).toBe(false);
  });

  it('exits through the periodic check when there is no IPC channel to close (utilityProcess)', async () => {
    const watcher = await orphanOf('spawn-watcher-then-die.mjs', []);
    await expect.poll(() => isRunning(watcher), { timeout: 20_000, interval: 100 }).toBe(false);
  });
});
