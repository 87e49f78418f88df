// Issue 13 costs, side by side with the tools a user could pick instead, on one generated tree in
// one run: a full backup against `cp -r` and `restic backup`; an incremental run over 10,000
// unchanged files against `rsync -a`; verification throughput against `restic check --read-data`.
// Our engine runs as in the app: each job in the backup worker thread (dist/backup-worker.cjs).
// Every peer runs through execFile with an argument array, a timeout and SIGKILL.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { workerRunner } from '../electron/core/areas/backup/engine-runner';
import type { EngineJob } from '../electron/core/areas/backup/engine';
import { recordFigure, recordMissing } from './support/record';
import { median } from './support/stats';

const files = Number(process.env.IG_BENCH_BACKUP_FILES ?? 10_000);
const largeMiB = Number(process.env.IG_BENCH_BACKUP_LARGE_MIB ?? 256);
const runs = Number(process.env.IG_BENCH_BACKUP_RUNS ?? 5);
const runner = workerRunner(path.resolve('dist/backup-worker.cjs'));
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'ig-backup-bench-'));
const src = path.join(root, '开票数据');
const env = { ...process.env, RESTIC_PASSWORD: 'bench-only', RESTIC_CACHE_DIR: path.join(root, 'restic-cache') };

/** A peer's samples and ours ÷ theirs, run by run (each pair ran back to back, in alternating order). */
function recordPeer(o: {
  base: string;
  peer: string;
  title: string;
  ratioTitle: string;
  ours: readonly number[];
  theirs: readonly number[];
  target: { comparison: '<' | '<='; value: number; note: string };
}): void {
  recordFigure({ id: `${o.base}.${o.peer}`, title: o.title, unit: 'ms', samples: [...o.theirs] });
  recordFigure({
    id: `${o.base}.ratio-${o.peer}`,
    title: o.ratioTitle,
    unit: 'ratio',
    samples: o.ours.map((x, i) => x / (o.theirs[i] ?? Number.NaN)),
    target: { statistic: 'median', ...o.target },
  });
}

function run(file: string, args: readonly string[], timeoutMs = 600_000): Promise<{ ms: number; stdout: string }> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    execFile(
      file,
      [...args],
      { env, timeout: timeoutMs, killSignal: 'SIGKILL', maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error) reject(new Error(`${file} ${args.join(' ')}: ${error.message} ${stderr.slice(0, 500)}`));
        else resolve({ ms: performance.now() - started, stdout });
      },
    );
  });
}

async function available(tool: string, args: string[]): Promise<boolean> {
  try {
    await run(tool, args, 10_000);
    return true;
  } catch {
    return false;
  }
}

const install: Record<string, string> = {
  cp: 'coreutils (apt install coreutils)',
  rsync: 'rsync (apt install rsync; Windows: cwRsync or WSL)',
  restic: 'restic (apt install restic; Windows: restic.exe from the restic releases or scoop install restic)',
};

/** Flushes dirty pages between timed runs, so one run's write-back is not billed to the next. */
const settle = (): Promise<unknown> => run('sync', [], 120_000);

function makeTree(): { bytes: number } {
  let bytes = 0;
  const perDir = 100;
  for (let i = 0; i < files; i++) {
    const batch = Math.floor(i / perDir);
    const dir = path.join(src, `${2020 + (batch % 6)}年`, `第${batch}批`);
    if (i % perDir === 0) fs.mkdirSync(dir, { recursive: true });
    const size = i % 50 === 0 ? 0 : 512 + ((i * 7919) % 16_384);
    fs.writeFileSync(path.join(dir, `发票_${i}.xml`), randomBytes(size));
    bytes += size;
  }
  fs.mkdirSync(path.join(src, '空文件夹'));
  const big = randomBytes(largeMiB * 1024 * 1024);
  fs.writeFileSync(path.join(src, 'invoice.db'), big);
  bytes += big.length;
  // Older than the racy window, like data that was not touched today.
  const old = new Date(Date.now() - 86_400_000);
  const walk = (p: string): void => {
    for (const d of fs.readdirSync(p, { withFileTypes: true })) {
      const child = path.join(p, d.name);
      if (d.isDirectory()) walk(child);
      fs.utimesSync(child, old, old);
    }
  };
  walk(src);
  return { bytes };
}

function backupJob(destination: string): EngineJob {
  return {
    kind: 'backup',
    destination,
    sources: [{ name: '开票数据', path: src }],
    exclude: [],
    dataLossPercent: 50,
    acceptSourceChanges: false,
    host: os.hostname(),
    retention: { keepLast: 10_000, keepDays: 3650 },
    verify: false,
  };
}

async function ours(job: EngineJob): Promise<number> {
  const started = performance.now();
  await runner.run(job, () => {});
  return performance.now() - started;
}

const fresh = (name: string): string => {
  const p = path.join(root, name);
  fs.rmSync(p, { recursive: true, force: true });
  fs.mkdirSync(p);
  return p;
};

const peers = {
  cp: await available('cp', ['--version']),
  rsync: await available('rsync', ['--version']),
  restic: await available('restic', ['version']),
};
for (const [tool, ok] of Object.entries(peers))
  if (!ok)
    recordMissing({
      component: tool,
      reason: `${tool} is not installed`,
      effect: `the backup bench cannot compare with ${tool}`,
      install: install[tool] ?? tool,
    });

try {
  const { bytes } = makeTree();
  const totalMiB = bytes / 1048576;
  process.stdout.write(
    `backup bench: tree of ${files} files + ${largeMiB} MiB file = ${totalMiB.toFixed(0)} MiB, ${runs} runs each\n`,
  );
  await run('cat', [path.join(src, 'invoice.db')]).catch(() => {}); // warm the page cache for everyone alike

  // 1. Full backup into an empty destination: ours, cp -r, restic backup (rotated order).
  const full = { ours: [] as number[], cp: [] as number[], restic: [] as number[] };
  const loopDelay: number[] = [];
  process.stdout.write(
    `backup bench: load average before the run ${os.loadavg()[0]?.toFixed(1)} on ${os.cpus().length} cores\n`,
  );
  const fullRuns = Math.max(3, Math.min(runs, 5));
  for (let i = 0; i < fullRuns; i++) {
    const order = ['ours', 'cp', 'restic'].map((_, k, a) => a[(k + i) % a.length] as 'ours' | 'cp' | 'restic');
    for (const who of order) {
      if (who !== 'ours' && !peers[who]) continue;
      const dest = fresh(`full-${who}`);
      if (who === 'restic') await run('restic', ['init', '--repo', path.join(dest, 'repo')]);
      await settle();
      if (who === 'ours') {
        const h = monitorEventLoopDelay({ resolution: 10 });
        h.enable();
        full.ours.push(await ours(backupJob(dest)));
        h.disable();
        loopDelay.push(h.max / 1e6);
      } else if (who === 'cp') full.cp.push((await run('cp', ['-r', src, path.join(dest, 'copy')])).ms);
      else full.restic.push((await run('restic', ['backup', '--repo', path.join(dest, 'repo'), '--quiet', src])).ms);
    }
  }
  const context = { files, mib: totalMiB, maxEventLoopDelayMs: median(loopDelay) };
  recordFigure({
    id: 'backup.full.ours',
    title: 'Backup: full, into an empty destination',
    unit: 'ms',
    samples: full.ours,
    context,
  });
  if (peers.cp) {
    recordPeer({
      base: 'backup.full',
      peer: 'cp',
      title: 'Backup: `cp -r` of the same tree (the peer)',
      ratioTitle: 'Backup: full ÷ `cp -r`, each run paired',
      ours: full.ours,
      theirs: full.cp,
      target: { comparison: '<=', value: 1.25, note: 'issue 13' },
    });
  }
  if (peers.restic) {
    recordPeer({
      base: 'backup.full',
      peer: 'restic',
      title: 'Backup: `restic backup` of the same tree (the peer)',
      ratioTitle: 'Backup: full ÷ `restic backup`, each run paired',
      ours: full.ours,
      theirs: full.restic,
      target: { comparison: '<', value: 1, note: 'issue 13: faster than restic' },
    });
  }

  // 2. Incremental over the same unchanged tree: ours into its store, rsync -a into its copy.
  const incDest = fresh('inc-ours');
  await ours(backupJob(incDest));
  const rsyncDest = fresh('inc-rsync');
  if (peers.rsync) await run('rsync', ['-a', `${src}/`, `${rsyncDest}/`]);
  await settle();
  const inc = { ours: [] as number[], rsync: [] as number[] };
  for (let i = 0; i < runs; i++) {
    const order = i % 2 ? (['rsync', 'ours'] as const) : (['ours', 'rsync'] as const);
    for (const who of order) {
      if (who === 'ours') inc.ours.push(await ours(backupJob(incDest)));
      else if (peers.rsync) inc.rsync.push((await run('rsync', ['-a', `${src}/`, `${rsyncDest}/`])).ms);
    }
  }
  // For context: rsync making a point-in-time snapshot as ours does (a new tree of hard links).
  const linked: number[] = [];
  if (peers.rsync)
    for (let i = 0; i < runs; i++) {
      const next = path.join(root, `link-${i}`);
      linked.push((await run('rsync', ['-a', `--link-dest=${rsyncDest}`, `${src}/`, `${next}/`])).ms);
      fs.rmSync(next, { recursive: true, force: true });
    }
  recordFigure({
    id: 'backup.incremental',
    title: `Backup: incremental over ${files} unchanged files`,
    unit: 'ms',
    samples: inc.ours,
    target: { statistic: 'median', comparison: '<=', value: 2000, note: 'issue 13' },
  });
  if (peers.rsync) {
    recordPeer({
      base: 'backup.incremental',
      peer: 'rsync',
      title: 'Backup: `rsync -a` over the same unchanged tree (the peer)',
      ratioTitle: 'Backup: incremental ÷ `rsync -a`, each run paired',
      ours: inc.ours,
      theirs: inc.rsync,
      target: { comparison: '<=', value: 1, note: 'issue 13: no slower than rsync' },
    });
    recordFigure({
      id: 'backup.incremental.rsync-link-dest',
      title: 'Backup: `rsync --link-dest` point-in-time snapshot (for context)',
      unit: 'ms',
      samples: linked,
    });
  }

  // 3. Verification: re-read and re-hash everything stored.
  const resticRepo = path.join(root, 'full-restic', 'repo');
  const ver = { ours: [] as number[], restic: [] as number[] };
  const verRuns = Math.max(3, Math.min(runs, 5));
  for (let i = 0; i < verRuns; i++) {
    const started = performance.now();
    await runner.run({ kind: 'verify', destination: incDest, snapshotId: 'latest' }, () => {});
    ver.ours.push(performance.now() - started);
    if (peers.restic && fs.existsSync(resticRepo))
      ver.restic.push((await run('restic', ['check', '--repo', resticRepo, '--read-data', '--quiet'])).ms);
  }
  recordFigure({
    id: 'backup.verify',
    title: 'Backup: verify (re-read and re-hash the whole snapshot)',
    unit: 'ms',
    samples: ver.ours,
    context: { mib: totalMiB },
  });
  if (ver.restic.length) {
    recordPeer({
      base: 'backup.verify',
      peer: 'restic',
      title: 'Backup: `restic check --read-data` of the same data (the peer)',
      ratioTitle: "Backup: verification time ÷ restic's (below 1: more throughput)",
      ours: ver.ours,
      theirs: ver.restic,
      target: { comparison: '<=', value: 1, note: 'issue 13' },
    });
  }
} finally {
  fs.rmSync(root, { recursive: true, force: true });
}
