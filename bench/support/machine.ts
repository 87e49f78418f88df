// The `machine` record: which computer, system and commit a run's figures come from, so a figure
// is never read without knowing where it was measured.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import type { Machine } from './results-schema';

/** The distribution's name (PRETTY_NAME of /etc/os-release) where there is one, else the OS's own. */
function osName(): string {
  try {
    const pretty = /^PRETTY_NAME="?([^"\n]*)"?$/m.exec(readFileSync('/etc/os-release', 'utf8'))?.[1];
    if (pretty) return pretty;
  } catch {
    /* not Linux, or a minimal container */
  }
  return `${os.type()} ${os.version()}`;
}

function git(args: readonly string[], cwd: string): string | null {
  const run = spawnSync('git', [...args], { cwd, encoding: 'utf8', timeout: 10_000 });
  return run.status === 0 ? run.stdout.trim() : null;
}

export function describeMachine(options: { quick: boolean; repoRoot: string; startedAt: Date }): Machine {
  const commit = git(['rev-parse', 'HEAD'], options.repoRoot);
  // The record this run is about to replace does not make the tree dirty.
  const status = git(['status', '--porcelain', '--', '.', ':!bench/results.json'], options.repoRoot);
  const [one, five, fifteen] = os.loadavg();
  return {
    cpuModel: os.cpus()[0]?.model.trim() ?? 'unknown',
    cores: os.availableParallelism(),
    memoryMiB: Math.round(os.totalmem() / 2 ** 20),
    os: osName(),
    kernel: os.release(),
    node: process.version,
    date: options.startedAt.toISOString(),
    gitCommit: commit,
    gitDirty: status === null ? null : status.length > 0,
    quick: options.quick,
    loadAverage: [one ?? 0, five ?? 0, fifteen ?? 0].map((l) => Math.round(l * 100) / 100) as [number, number, number],
  };
}
