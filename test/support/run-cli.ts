import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

const repoRoot = path.resolve(__dirname, '../..');
const loopbackPolicy = path.join(repoRoot, 'test/fixtures/policy/loopback.json');
/** The data folder CLI runs get unless a test gives its own: never this machine's real one. */
const dataHome = mkdtempSync(path.join(tmpdir(), 'ig-cli-state-'));
process.once('exit', () => rmSync(dataHome, { recursive: true, force: true }));

/** Runs the built `invoiceguard` command (npm test builds dist/ first) with a hard timeout. */
export function runBuiltCli(args: readonly string[], env: NodeJS.ProcessEnv = {}): Promise<CliRun> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [path.join(repoRoot, 'bin/invoiceguard.cjs'), ...args],
      {
        // Without --policy the CLI would use built-in defaults (gateway ping, public tax site): tests
        // get the loopback policy unless they name another file or set INVOICEGUARD_POLICY themselves.
        env: {
          PATH: process.env.PATH,
          LANG: 'en_US.UTF-8',
          INVOICEGUARD_POLICY: loopbackPolicy,
          XDG_STATE_HOME: dataHome,
          ...env,
        },
        timeout: 60_000,
        killSignal: 'SIGKILL',
        maxBuffer: 10 * 1024 * 1024,
      },
      (error, stdout, stderr) => {
        const code = error && typeof error.code === 'number' ? error.code : error ? -1 : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}
