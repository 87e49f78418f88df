import { spawn, type ChildProcess } from 'node:child_process';
import { appendFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { stopChild } from '../processes';

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '../../..');
const driver = path.join(here, 'umockdev-driver.py');

/** The browser harness (dist/dev-web.cjs) and its core inside a umockdev testbed: real libusb, emulated devices. */
export interface UmockdevHarness {
  url: string;
  child: ChildProcess;
  /** Appends "add NAME" / "remove NAME" for the driver (see umockdev-driver.py) and signals it. */
  plug(name: string): void;
  unplug(name: string): void;
  /** Lines the driver logged ("uevent add NAME <CLOCK_MONOTONIC ns>", ...). */
  driverLog(): string[];
  stop(): Promise<void>;
}

/**
 * Starts `umockdev-wrapper python3 umockdev-driver.py -- node dist/dev-web.cjs --policy FILE`; the
 * harness forks its core with its own environment, so the core sees the testbed too. The core's
 * state lives in a temporary folder (XDG_STATE_HOME), never in the user's.
 */
export function startHarnessUnderUmockdev(options: {
  policy: object;
  plugged?: readonly string[];
}): Promise<UmockdevHarness> {
  const dir = mkdtempSync(path.join(tmpdir(), 'ig-umockdev-web-'));
  const cmdFile = path.join(dir, 'cmd');
  const logFile = path.join(dir, 'log');
  const policyFile = path.join(dir, 'policy.json');
  writeFileSync(cmdFile, '');
  writeFileSync(logFile, '');
  writeFileSync(policyFile, JSON.stringify(options.policy));
  const child = spawn(
    '/usr/bin/umockdev-wrapper',
    [
      '/usr/bin/python3',
      driver,
      ...(options.plugged ?? []).flatMap((name) => ['--plug', name]),
      '--',
      process.execPath,
      path.join(repoRoot, 'dist/dev-web.cjs'),
      '--policy',
      policyFile,
    ],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        PATH: process.env.PATH,
        LANG: 'C.UTF-8',
        XDG_STATE_HOME: path.join(dir, 'state'),
        UMOCKDEV_CMD: cmdFile,
        UMOCKDEV_LOG: logFile,
      },
    },
  );
  const send = (line: string): void => {
    appendFileSync(cmdFile, `${line}\n`);
    if (child.pid) process.kill(child.pid, 'SIGUSR1');
  };
  const stop = async (): Promise<void> => {
    await stopChild(child); // the driver forwards SIGTERM to the harness, which stops its core
    rmSync(dir, { recursive: true, force: true });
  };
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => {
      void stop();
      reject(new Error(`harness under umockdev did not start within 30 s:\n${output}`));
    }, 30_000);
    const onData = (chunk: Buffer): void => {
      output += chunk.toString();
      const match = /ready: (http:\/\/127\.0\.0\.1:\d+\/#token=\S+)/.exec(output);
      if (!match?.[1]) return;
      clearTimeout(timer);
      resolve({
        url: match[1],
        child,
        plug: (name) => send(`add ${name}`),
        unplug: (name) => send(`remove ${name}`),
        driverLog: () => readFileSync(logFile, 'utf8').split('\n').filter(Boolean),
        stop,
      });
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`harness under umockdev exited with ${code}:\n${output}`));
    });
  });
}
