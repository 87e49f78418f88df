// Issue 15: what the app costs on an idle workstation. The core (dist/core.cjs, every area, the
// default policy) as its own process: resident memory and CPU over 60 s, child processes included.
// The Electron main process's share as far as it can be measured without the Electron binary: its
// built bundle under Node with the tests' fake electron, hidden (no window), fed by that real core.
// Linux /proc only. The default policy's checks reach for the tax bureau's hosts, the gateway and
// the DNS server, so both processes run in a network namespace of their own (`unshare -n`: only a
// loopback that is down): not one packet leaves, and the checks fail fast, as on an offline PC.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { byMode } from './support/bench-mode';
import { recordFigure, recordMissing } from './support/record';
import { median } from './support/stats';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const windowSeconds = Number(process.env.IG_BENCH_IDLE_SECONDS ?? byMode({ full: 60, quick: 10 }));
const ticksPerSecond = 100; // USER_HZ on Linux

/** utime+stime of a process, and of its reaped children, in ms; its resident set in bytes. */
function sample(pid: number): { self: number; children: number; rss: number } {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  const ms = (i: number) => (Number(fields[i]) * 1000) / ticksPerSecond;
  const rssKiB = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? NaN);
  return { self: ms(11) + ms(12), children: ms(13) + ms(14), rss: rssKiB * 1024 };
}

function start(
  runner: string,
  args: string[],
  env: NodeJS.ProcessEnv,
): { child: ChildProcess; message: Promise<Record<string, number>> } {
  // unshare execs node in place, so the IPC channel (NODE_CHANNEL_FD) reaches it as with fork.
  const child = spawn('unshare', ['--net', '--', process.execPath, runner, repoRoot, ...args], {
    cwd: repoRoot,
    env,
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  const message = new Promise<Record<string, number>>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('no first snapshot within 120 s')), 120_000);
    child.once('message', (m) => (clearTimeout(timer), resolve(m as Record<string, number>)));
    child.once('exit', (code) => reject(new Error(`exited early (${code})`)));
  });
  return { child, message };
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  const force = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(force);
}

/** Samples the processes once a second over the window: CPU from the first to the last sample, RSS each time. */
async function idle(pids: Record<string, number>) {
  const first = Object.fromEntries(Object.entries(pids).map(([k, pid]) => [k, sample(pid)]));
  const rss: Record<string, number[]> = Object.fromEntries(Object.keys(pids).map((k) => [k, []]));
  const t0 = performance.now();
  for (let s = 0; s < windowSeconds; s++) {
    await new Promise((r) => setTimeout(r, 1000));
    for (const [k, pid] of Object.entries(pids)) rss[k]!.push(sample(pid).rss);
  }
  const elapsed = (performance.now() - t0) / 1000;
  const last = Object.fromEntries(Object.entries(pids).map(([k, pid]) => [k, sample(pid)]));
  return { first, last, rss, elapsed };
}

if (process.platform !== 'linux') {
  recordMissing({
    component: 'Linux /proc',
    reason: `this bench reads /proc, not available on ${process.platform}`,
    install: 'run it on Linux',
    effect: 'no idle footprint figures',
  });
  process.exit(0);
}

/** Whether this user may make a network namespace (root, or unprivileged user namespaces). */
function canIsolateNetwork(): boolean {
  try {
    execFileSync('unshare', ['--net', '--', 'true'], { stdio: 'ignore', timeout: 10_000, killSignal: 'SIGKILL' });
    return true;
  } catch {
    return false;
  }
}
if (!canIsolateNetwork()) {
  recordMissing({
    component: 'a network namespace (unshare --net)',
    reason: 'this user cannot create one',
    install: 'run the bench as root (util-linux unshare), or enable unprivileged user namespaces',
    effect: 'no idle footprint figures: the default policy would send packets to the tax hosts',
  });
  process.exit(0);
}

const state = mkdtempSync(path.join(tmpdir(), 'ig-bench-idle-'));
// The default policy: no policy file named, and none at the machine path on a bench machine.
const env: NodeJS.ProcessEnv = { ...process.env, XDG_STATE_HOME: state, LANG: 'zh_CN.UTF-8' };
delete env.INVOICEGUARD_POLICY;

try {
  // The runner as plain CommonJS, so no TypeScript loader sits in the processes measured.
  const runner = path.join(state, 'main-under-node.cjs');
  await build({
    entryPoints: [path.join(repoRoot, 'bench/support/main-under-node.ts')],
    outfile: runner,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    logLevel: 'warning',
  });
  const app = start(runner, [], env);
  const { corePid } = await app.message;
  await new Promise((r) => setTimeout(r, 5_000)); // the start-up round settles
  const { first, last, rss, elapsed } = await idle({ main: app.child.pid!, core: corePid! });
  await stop(app.child);

  const baseline = start(runner, ['--baseline'], env);
  await baseline.message;
  await new Promise((r) => setTimeout(r, 2_000));
  const baselineRss = sample(baseline.child.pid!).rss;
  await stop(baseline.child);

  const perMinute = 60 / elapsed;
  const coreCpu = last.core!.self - first.core!.self + (last.core!.children - first.core!.children);
  recordFigure({
    id: 'idle.core.rss',
    title: 'Idle: core process resident memory (default policy, every area)',
    unit: 'bytes',
    samples: rss.core!,
    // Held at the median of the 1-s samples (the idle level); a check round's short peak shows as the max.
    target: { statistic: 'median', comparison: '<=', value: 80 * 1024 * 1024, note: '80 MiB, issue 15' },
    context: { windowSeconds: Math.round(elapsed) },
  });
  recordFigure({
    id: 'idle.core.cpu',
    title: 'Idle: core process CPU, child processes included',
    unit: 'cpu-ms/min',
    value: coreCpu * perMinute,
    target: { statistic: 'median', comparison: '<=', value: 180, note: '0.3 % of one core, issue 15' },
    context: { windowSeconds: Math.round(elapsed), percentOfOneCore: (coreCpu / (elapsed * 1000)) * 100 },
  });
  const mainCpu = last.main!.self - first.main!.self;
  recordFigure({
    id: 'idle.main.rss',
    title: 'Idle: main-process modules under Node, no window (fake electron; no Chromium)',
    unit: 'bytes',
    samples: rss.main!,
    context: { nodeWithFakeElectronOnly: baselineRss, mainModulesAdd: median(rss.main!) - baselineRss },
  });
  recordFigure({
    id: 'idle.main.cpu',
    title: 'Idle: main-process modules under Node, no window, CPU',
    unit: 'cpu-ms/min',
    value: mainCpu * perMinute,
    context: { windowSeconds: Math.round(elapsed), percentOfOneCore: (mainCpu / (elapsed * 1000)) * 100 },
  });
  recordMissing({
    component: 'the Electron binary',
    reason: 'it cannot be downloaded here (ELECTRON_SKIP_BINARY_DOWNLOAD=1)',
    install: 'npm ci without ELECTRON_SKIP_BINARY_DOWNLOAD on a machine that reaches the Electron downloads',
    effect:
      "the main process is measured as its modules under Node with a fake electron: Chromium's browser process, the native tray and the utilityProcess host are not in these figures",
  });
} finally {
  rmSync(state, { recursive: true, force: true });
}
