import { execFile } from 'node:child_process';
import path from 'node:path';
import type { Snapshot } from '../../../../../../shared/model/snapshot';

const runner = path.join(__dirname, 'netns-check.ts');
const repoRoot = path.resolve(__dirname, '../../../../../..');

/** Runs a command with an argument array, a timeout and a kill; rejects with its stderr. */
export function run(file: string, args: readonly string[], timeoutMs = 20_000): Promise<string> {
  return new Promise((resolve, reject) =>
    execFile(file, [...args], { timeout: timeoutMs, killSignal: 'SIGKILL', cwd: repoRoot }, (error, stdout, stderr) =>
      error ? reject(new Error(`${file} ${args.join(' ')}: ${error.message} ${stderr}`)) : resolve(stdout),
    ),
  );
}

/** `ip …` as root, for setting up namespaces the test owns. */
export const ip = (...args: string[]): Promise<string> => run('ip', args);

/** Runs one network check inside the given wrapper (`ip netns exec NS` or `unshare -n`) with that policy. */
export async function checkInside(wrapper: readonly string[], policy: object): Promise<Snapshot> {
  const [file, ...args] = wrapper;
  const out = await run(
    file as string,
    [...args, process.execPath, '--import', 'tsx', runner, JSON.stringify(policy)],
    40_000,
  );
  return JSON.parse(out) as Snapshot;
}
