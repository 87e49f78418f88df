import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { stopChild } from './processes';

export interface RunningHarness {
  url: string;
  process: ChildProcess;
  /** Everything the harness printed so far (stdout and stderr). */
  output(): string;
  /** The core's data folder (journal, flow state, logs): a fresh temporary one, removed at stop. */
  dataDir: string;
  stop(): Promise<void>;
}

// import.meta.url rather than __dirname: benches load this file as an ES module (tsx), tests too.
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * Starts the built browser harness (`dist/dev-web.cjs`) and waits for the line with its URL. Its
 * core keeps its journal and state in a temporary folder, never in this machine's real one.
 */
export function startHarness(args: readonly string[]): Promise<RunningHarness> {
  const stateHome = mkdtempSync(path.join(tmpdir(), 'ig-harness-state-'));
  const dataDir = path.join(stateHome, 'invoiceguard');
  const child = spawn(process.execPath, [path.join(repoRoot, 'dist/dev-web.cjs'), ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { PATH: process.env.PATH, LANG: 'C.UTF-8', XDG_STATE_HOME: stateHome },
  });
  let output = '';
  const removeState = (): void => rmSync(stateHome, { recursive: true, force: true });
  const stop = (): Promise<void> => stopChild(child).then(removeState);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void stop();
      reject(new Error(`harness did not start within 20 s:\n${output}`));
    }, 20_000);
    const onData = (chunk: Buffer): void => {
      output += chunk.toString();
      const match = /ready: (http:\/\/127\.0\.0\.1:\d+\/#token=\S+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve({ url: match[1], process: child, output: () => output, dataDir, stop });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      removeState();
      reject(new Error(`harness exited with ${code}:\n${output}`));
    });
  });
}
