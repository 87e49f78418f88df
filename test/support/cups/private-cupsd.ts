import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { stopChild } from '../processes';

/** A CUPS scheduler of the test's own: private config, spool and socket under a temp dir, no TCP port. */
export interface PrivateCupsd {
  /** Environment that points lpstat/lpadmin at this scheduler (CUPS_SERVER = its socket). */
  env: NodeJS.ProcessEnv;
  dir: string;
  /** Runs a CUPS admin command (lpadmin, cupsdisable, lp...) against this scheduler; rejects on failure. */
  admin(file: string, args: readonly string[]): Promise<string>;
  /** Stops the scheduler (and with it its backends) and removes the temp dir. */
  stop(): Promise<void>;
}

export const cupsdPath = '/usr/sbin/cupsd';

/** Whether this machine can run a private cupsd: it is installed and we are root (CI is). */
export function canRunPrivateCupsd(): boolean {
  return privateCupsdUnavailable() === undefined;
}

/** Why a private cupsd cannot run here (for the skipped test's name), or undefined when it can. */
export function privateCupsdUnavailable(): string | undefined {
  if (!existsSync(cupsdPath)) return `${cupsdPath} missing (apt install cups)`;
  if (!existsSync('/usr/bin/lpstat')) return '/usr/bin/lpstat missing (apt install cups-client)';
  if (process.getuid?.() !== 0) return 'a private cupsd needs root, as CI runs';
  return undefined;
}

function exec(file: string, args: readonly string[], env: NodeJS.ProcessEnv): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(file, [...args], { env, timeout: 15_000, killSignal: 'SIGKILL' }, (error, stdout, stderr) => {
      if (error) reject(new Error(`${file} ${args.join(' ')}: ${stderr || error.message}`));
      else resolve(stdout);
    });
  });
}

async function waitFor(check: () => boolean | Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** Starts cupsd in the foreground as our child, with file devices allowed and browsing off. */
export async function startPrivateCupsd(): Promise<PrivateCupsd> {
  const dir = await mkdtemp(path.join(tmpdir(), 'ig-cups-'));
  // cupsd drops to user lp for backends and filters: they must be able to reach the dirs.
  await chmod(dir, 0o755);
  for (const sub of ['spool', 'tmp', 'cache', 'state', 'log', 'ppd']) await mkdir(path.join(dir, sub));
  const socket = path.join(dir, 'cups.sock');
  await writeFile(
    path.join(dir, 'cups-files.conf'),
    [
      `ServerRoot ${dir}`,
      `RequestRoot ${dir}/spool`,
      `TempDir ${dir}/tmp`,
      `CacheDir ${dir}/cache`,
      `StateDir ${dir}/state`,
      `AccessLog ${dir}/log/access_log`,
      `ErrorLog ${dir}/log/error_log`,
      `PageLog ${dir}/log/page_log`,
      'FileDevice Yes',
      'User lp',
      'Group lp',
      '',
    ].join('\n'),
  );
  await writeFile(
    path.join(dir, 'cupsd.conf'),
    [
      `Listen ${socket}`, // a Unix socket only: no TCP port, no network
      'LogLevel warn',
      'WebInterface No',
      'Browsing No',
      '<Location />',
      '  Order allow,deny',
      '  Allow all',
      '</Location>',
      '<Policy default>',
      '  JobPrivateAccess default',
      '  JobPrivateValues default',
      '  SubscriptionPrivateAccess default',
      '  SubscriptionPrivateValues default',
      '  <Limit All>',
      '    Order deny,allow',
      '  </Limit>',
      '</Policy>',
      '',
    ].join('\n'),
  );
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, CUPS_SERVER: socket, LANG: 'C', LC_ALL: 'C' };
  const child: ChildProcess = spawn(
    cupsdPath,
    ['-f', '-c', path.join(dir, 'cupsd.conf'), '-s', path.join(dir, 'cups-files.conf')],
    { stdio: 'ignore' },
  );
  const stop = async (): Promise<void> => {
    await stopChild(child);
    await rm(dir, { recursive: true, force: true });
  };
  try {
    await waitFor(
      () =>
        exec('lpstat', ['-r'], env).then(
          (out) => out.includes('scheduler is running'),
          () => false,
        ),
      15_000,
      'the private cupsd to answer',
    );
  } catch (error) {
    await stop();
    throw error;
  }
  return { env, dir, admin: (file, args) => exec(file, args, env), stop };
}
