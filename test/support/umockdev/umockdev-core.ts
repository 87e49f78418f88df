import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { appendFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createProtocolClient, type ProtocolClient } from '../../../shared/protocol/client';
import type { Snapshot } from '../../../shared/model/snapshot';
import { nodeIpcTransport } from '../../../electron/core/process/node-ipc-transport';
import { stopChild } from '../processes';

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '../../..');
const driver = path.join(here, 'umockdev-driver.py');
const python = '/usr/bin/python3'; // a python3 earlier on PATH may lack the `gi` module

/** Why the umockdev tests cannot run here, or null when they can (CI installs umockdev: see .ci/run). */
export function umockdevUnavailableReason(): string | null {
  if (!existsSync('/usr/bin/umockdev-wrapper')) return 'umockdev-wrapper is not installed (Debian package umockdev)';
  const gi = spawnSync(python, ['-c', "import gi; gi.require_version('UMockdev', '1.0')"], { timeout: 10_000 });
  if (gi.status !== 0) return 'python3 cannot load UMockdev (Debian packages gir1.2-umockdev-1.0 python3-gi)';
  return null;
}

/** A built core (dist/core.cjs) whose real node-usb/libusb sees emulated devices through umockdev. */
export interface UmockdevCore {
  child: ChildProcess;
  client: ProtocolClient;
  /** Appends plug commands ("add NAME" / "remove NAME") and signals the driver. */
  plug(name: string): void;
  unplug(name: string): void;
  /** Resolves with the first snapshot (from now on) that satisfies `test`. */
  waitForSnapshot(test: (s: Snapshot) => boolean, timeoutMs?: number): Promise<Snapshot>;
  /** Lines the driver logged ("uevent add NAME <monotonic ns>", "child PID", ...). */
  driverLog(): string[];
  stderr(): string;
  stop(): Promise<void>;
}

export interface UmockdevCoreOptions {
  /** Table devices (test/support/umockdev/usb_testbed_devices.py) present before the core starts. */
  plugged?: readonly string[];
  policy: object;
  /** Called with each raw IPC message as it arrives (before validation): for latency measurement. */
  onRawMessage?: (message: unknown) => void;
  /** Runs this instead of the built core, under the same testbed; `{policy}` becomes the policy file. */
  command?: readonly string[];
  /** Extra environment for the command. */
  env?: NodeJS.ProcessEnv;
}

/** Starts `umockdev-wrapper python3 umockdev-driver.py -- node dist/core.cjs --policy FILE`. */
export function startCoreUnderUmockdev(options: UmockdevCoreOptions): UmockdevCore {
  const corePath = path.join(repoRoot, 'dist/core.cjs');
  if (!options.command && !existsSync(corePath))
    throw new Error('dist/core.cjs is missing: run `node scripts/build.mjs --node-only`');
  const dir = mkdtempSync(path.join(tmpdir(), 'ig-umockdev-'));
  const cmdFile = path.join(dir, 'cmd');
  const logFile = path.join(dir, 'log');
  const policyFile = path.join(dir, 'policy.json');
  writeFileSync(cmdFile, '');
  writeFileSync(logFile, '');
  writeFileSync(policyFile, JSON.stringify(options.policy));
  const plugArgs = (options.plugged ?? []).flatMap((name) => ['--plug', name]);
  const child = spawn(
    '/usr/bin/umockdev-wrapper',
    [
      python,
      driver,
      ...plugArgs,
      '--',
      ...(options.command?.map((a) => (a === '{policy}' ? policyFile : a)) ?? [
        process.execPath,
        corePath,
        '--policy',
        policyFile,
        // Its own data folder: what one test's core remembers (a tax device seen) must not leak.
        '--data-dir',
        path.join(dir, 'data'),
      ]),
    ],
    {
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
      serialization: 'json',
      env: { PATH: process.env.PATH, LANG: 'C.UTF-8', ...options.env, UMOCKDEV_CMD: cmdFile, UMOCKDEV_LOG: logFile },
    },
  );
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  if (options.onRawMessage) child.on('message', options.onRawMessage);
  const client = createProtocolClient(nodeIpcTransport(child), { timeoutMs: 30_000 });

  const send = (line: string): void => {
    appendFileSync(cmdFile, `${line}\n`);
    if (child.pid) process.kill(child.pid, 'SIGUSR1');
  };

  return {
    child,
    client,
    plug: (name) => send(`add ${name}`),
    unplug: (name) => send(`remove ${name}`),
    waitForSnapshot(test, timeoutMs = 10_000) {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          off();
          reject(new Error(`no matching snapshot within ${timeoutMs} ms; core stderr: ${stderr.slice(-2000)}`));
        }, timeoutMs);
        const off = client.on('snapshot', (s) => {
          if (!test(s)) return;
          clearTimeout(timer);
          off();
          resolve(s);
        });
      });
    },
    driverLog: () => readFileSync(logFile, 'utf8').split('\n').filter(Boolean),
    stderr: () => stderr,
    async stop() {
      client.close();
      // The driver forwards SIGTERM to the core, which stops its areas and exits.
      await stopChild(child);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The reading of one check in a snapshot. */
export function check(snapshot: Snapshot, id: string): Snapshot['checks'][number] | undefined {
  return snapshot.checks.find((c) => c.id === id);
}
