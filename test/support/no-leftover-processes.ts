// vitest globalSetup: after the whole run, no process this run started from the repository's
// bundles or process fixtures may still be alive (a core left probing, a harness left listening).
// Any found is killed, named, and fails the run. Processes of other checkouts are not looked at.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { commandLine, isRunning } from './processes';

const repo = path.resolve(__dirname, '../..');
const ours = [path.join(repo, 'dist') + '/', path.join(repo, 'test/fixtures/process') + '/'];

/** Process start time in clock ticks since boot (/proc/<pid>/stat field 22). */
function startTicks(pid: number): number {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return Number(text.slice(text.lastIndexOf(')') + 2).split(' ')[19]);
  } catch {
    return 0;
  }
}

function leftovers(since: number): { pid: number; cmd: string }[] {
  if (process.platform !== 'linux') return [];
  return readdirSync('/proc')
    .map(Number)
    .filter((pid) => Number.isInteger(pid) && pid !== process.pid && isRunning(pid) && startTicks(pid) >= since)
    .map((pid) => ({ pid, cmd: commandLine(pid) }))
    .filter(({ cmd }) => ours.some((prefix) => cmd.includes(prefix)));
}

export default function setup(): () => Promise<void> {
  const since = startTicks(process.pid);
  return async () => {
    // A process being stopped right now gets a moment to finish exiting.
    let found = leftovers(since);
    for (let i = 0; i < 20 && found.length; i++) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      found = leftovers(since);
    }
    if (!found.length) return;
    for (const { pid } of found) process.kill(pid, 'SIGKILL');
    // vitest reports an error thrown here but keeps its exit code: set the failure ourselves.
    process.exitCode = 1;
    throw new Error(
      `the tests left processes behind (killed now): ${found.map((f) => `${f.pid} ${f.cmd}`).join('; ')}`,
    );
  };
}
