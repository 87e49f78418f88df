import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { commandLine, descendantsOf, isRunning } from '../../support/processes';
import { hangingCheckPolicy } from '../../support/silent-endpoint';

const repo = path.resolve('.');
const dir = mkdtempSync(path.join(tmpdir(), 'ig-cli-procs-'));
const seen = new Set<number>();
afterAll(() => {
  for (const pid of seen) if (isRunning(pid)) process.kill(pid, 'SIGKILL');
  rmSync(dir, { recursive: true, force: true });
});

/** Starts the built CLI and records, while it runs, every process below it (the core, its tools). */
function startCli(args: string[]) {
  const cli = spawn(process.execPath, [path.join(repo, 'bin/invoiceguard.cjs'), ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { PATH: process.env.PATH, LANG: 'en_US.UTF-8', XDG_STATE_HOME: dir },
  });
  const below = new Map<number, string>(); // pid → command line, read while it ran
  const watch = setInterval(() => {
    for (const pid of descendantsOf(cli.pid!)) {
      // Read again each time: between fork and exec a child still shows its parent's command line.
      below.set(pid, commandLine(pid) || below.get(pid) || '');
      seen.add(pid);
    }
  }, 10);
  const exited = new Promise<number | null>((resolve) =>
    cli.once('exit', (code) => {
      clearInterval(watch);
      resolve(code);
    }),
  );
  return { cli, below, exited };
}

describe('the invoiceguard command leaves no process behind', () => {
  it('stops its core (checked by pid) before it exits', async () => {
    const run = startCli(['check', '--json', '--policy', path.resolve('test/fixtures/policy/loopback.json')]);
    expect(await run.exited).toBe(0);
    const cores = [...run.below].filter(([, cmd]) => cmd.includes('dist/core.cjs'));
    expect(cores.length).toBe(1);
    expect([...run.below.keys()].filter(isRunning)).toEqual([]);
  });

  it('takes its core with it when it is killed mid-check', async () => {
    const file = path.join(dir, 'hanging.json');
    const silent = await hangingCheckPolicy(file);
    try {
      const run = startCli(['check', '--policy', file]);
      // Mid-check: the core is up and connected to the silent endpoint.
      await expect.poll(() => silent.held.size, { timeout: 20_000 }).toBeGreaterThan(0);
      const cores = [...run.below].filter(([, cmd]) => cmd.includes('dist/core.cjs')).map(([pid]) => pid);
      expect(cores.length).toBe(1);
      run.cli.kill('SIGKILL');
      await run.exited;
      await expect.poll(() => cores.filter(isRunning), { timeout: 20_000, interval: 100 }).toEqual([]);
    } finally {
      await silent.close();
    }
  });
});
