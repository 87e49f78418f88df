import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CliRun } from '../run-cli';

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '../../..');

/**
 * Runs the built `invoiceguard` command inside a umockdev testbed with the given emulated devices
 * plugged in (table: usb_testbed_devices.py): the CLI and the core it forks both see them through
 * real libusb. For commands that need a workstation with its tax device.
 */
export function runBuiltCliUnderUmockdev(
  args: readonly string[],
  plugged: readonly string[],
  env: NodeJS.ProcessEnv = {},
): Promise<CliRun> {
  const dir = mkdtempSync(path.join(tmpdir(), 'ig-umockdev-cli-'));
  const cmdFile = path.join(dir, 'cmd');
  writeFileSync(cmdFile, '');
  return new Promise((resolve) => {
    execFile(
      '/usr/bin/umockdev-wrapper',
      [
        '/usr/bin/python3',
        path.join(here, 'umockdev-driver.py'),
        ...plugged.flatMap((name) => ['--plug', name]),
        '--',
        process.execPath,
        path.join(repoRoot, 'bin/invoiceguard.cjs'),
        ...args,
      ],
      {
        env: {
          PATH: process.env.PATH,
          LANG: 'en_US.UTF-8',
          XDG_STATE_HOME: path.join(dir, 'state'),
          ...env,
          UMOCKDEV_CMD: cmdFile,
        },
        timeout: 60_000,
        killSignal: 'SIGKILL',
        maxBuffer: 10 * 1024 * 1024,
      },
      (error, stdout, stderr) => {
        rmSync(dir, { recursive: true, force: true });
        const code = error && typeof error.code === 'number' ? error.code : error ? -1 : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}
