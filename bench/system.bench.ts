// Issue 5 costs: one full system check (printer, disk + SMART, memory, clock, software, system)
// run in parallel as the core does, against the same probes one after another; and the core's
// idle CPU over 60 s with default intervals. Real components where they exist here: a private
// cupsd (when root), an SNTP responder on loopback, the real /proc and journal. Loopback only.
import { readFileSync } from 'node:fs';
import net from 'node:net';
import { createCore } from '../electron/core/core';
import { productionAreas } from '../electron/core/areas/registry';
import { clockArea } from '../electron/core/areas/clock/clock-area';
import { diskArea } from '../electron/core/areas/disk/disk-area';
import { memoryArea } from '../electron/core/areas/memory/memory-area';
import { cupsSource } from '../electron/core/areas/printer/cups-source';
import { printerArea } from '../electron/core/areas/printer/printer-area';
import { softwareArea } from '../electron/core/areas/software/software-area';
import { systemArea } from '../electron/core/areas/system/system-area';
import type { Probe } from '../electron/core/probe';
import { runProbe } from '../electron/core/run-probe';
import { validatePolicy } from '../shared/policy/parse-policy';
import { canRunPrivateCupsd, startPrivateCupsd, type PrivateCupsd } from '../test/support/cups/private-cupsd';
import { startSntpResponder } from '../test/support/ntp/sntp-responder';
import { report } from './support/report';
import { median, repeat } from './support/stats';

/** CPU ms of this process and of its reaped children (Linux /proc), so child processes count. */
function cpuMs(): { self: number; children: number } {
  const own = process.cpuUsage();
  let children = 0;
  try {
    const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]?.split(' ') ?? [];
    children = ((Number(fields[13]) || 0) + (Number(fields[14]) || 0)) * 10; // cutime + cstime, 100 Hz ticks
  } catch {
    /* not Linux: children unknown */
  }
  return { self: (own.user + own.system) / 1000, children };
}

const sntp = await startSntpResponder({ kind: 'answer', skewMs: 0 });
const helper = net.createServer((s) => s.destroy());
await new Promise<void>((r) => helper.listen(0, '127.0.0.1', r));
const helperPort = (helper.address() as net.AddressInfo).port;
let cups: PrivateCupsd | undefined;
if (canRunPrivateCupsd()) {
  cups = await startPrivateCupsd();
  await cups.admin('lpadmin', ['-p', 'Invoice', '-E', '-v', 'file:///dev/null', '-m', 'raw']);
  await cups.admin('lpadmin', ['-d', 'Invoice']);
}

const loopback = JSON.parse(readFileSync(new URL('../test/fixtures/policy/loopback.json', import.meta.url), 'utf8'));
const parsed = validatePolicy({
  ...loopback,
  // Every issue-5 check on, with its default intervals, pointed at loopback.
  disk: { warnFreeMiB: 1, faultFreeMiB: 0 },
  printers: { invoicePrinter: 'Invoice' },
  clock: { ntpServer: `127.0.0.1:${sntp.port}` },
  memory: {},
  software: { expected: [{ vendor: 'bench', processes: ['node'] }], helper: { name: 'helper', port: helperPort } },
  system: {},
});
if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
const policy = parsed.policy;
const env = cups ? { ...process.env, CUPS_SERVER: cups.env.CUPS_SERVER } : process.env;

const factories = [
  printerArea({ source: cupsSource({ env }) }),
  diskArea(),
  memoryArea(),
  clockArea(),
  softwareArea(),
  systemArea(),
];
const areas = factories.map((f) => f({ policy, platform: process.platform }));
const probes: Probe[] = areas.flatMap((a) => a.probes);

// Cold: the first round on fresh sources (the journal's earlier boots are read once per process).
const coldStart = performance.now();
await Promise.all(probes.map((p) => runProbe(p)));
const coldWall = performance.now() - coldStart;
const runs = 7;
const parallel = await repeat(runs, async () => {
  const c0 = cpuMs();
  const t0 = performance.now();
  await Promise.all(probes.map((p) => runProbe(p)));
  const wall = performance.now() - t0;
  const c1 = cpuMs();
  return { wall, cpu: c1.self - c0.self + (c1.children - c0.children) };
});
const sequential = await repeat(runs, async () => {
  const each: Record<string, number> = {};
  const t0 = performance.now();
  for (const p of probes) {
    const s = performance.now();
    await runProbe(p);
    each[p.id] = performance.now() - s;
  }
  return { wall: performance.now() - t0, each };
});
const perProbe = Object.fromEntries(probes.map((p) => [p.id, median(sequential.map((s) => s.each[p.id] ?? 0))]));
const slowest = Object.entries(perProbe).sort((a, b) => b[1] - a[1])[0] ?? ['none', 0];
const parallelWall = median(parallel.map((p) => p.wall));
const ratio = parallelWall / slowest[1];

report([
  {
    name: 'system.fullCheck',
    figures: {
      probes: probes.length,
      parallelWallMs: parallelWall,
      parallelCpuMs: median(parallel.map((p) => p.cpu)),
      sequentialWallMs: median(sequential.map((s) => s.wall)),
      slowestCall: slowest[0],
      slowestCallMs: slowest[1],
      parallelOverSlowest: ratio,
      coldFirstRoundWallMs: coldWall,
      realCups: cups ? 'yes' : 'no (not root or cupsd missing)',
      runs,
    },
    target: 'parallel wall <= 1.2x the slowest call',
    met: ratio <= 1.2,
  },
  { name: 'system.perCallMedianMs', figures: perProbe },
]);
await Promise.all(areas.map((a) => a.dispose?.()));

// Idle: the whole production core (every area) with default intervals for 60 s after the first round.
const idleSeconds = Number(process.env.IG_BENCH_IDLE_SECONDS ?? 60);
const core = createCore({
  loaded: { policy, status: { source: 'default', issues: [] } },
  areas: productionAreas({ filingRecords: () => ({}) }),
  platform: process.platform,
  version: 'bench',
});
process.env.CUPS_SERVER = env.CUPS_SERVER ?? '';
await core.handlers.runChecks({});
core.start();
await new Promise((r) => setTimeout(r, 2000)); // let the start-up round settle
const i0 = cpuMs();
const t0 = performance.now();
await new Promise((r) => setTimeout(r, idleSeconds * 1000));
const i1 = cpuMs();
const elapsed = (performance.now() - t0) / 1000;
const idleCpu = i1.self - i0.self + (i1.children - i0.children);
await core.stop();
report([
  {
    name: 'core.idleCpu',
    figures: {
      seconds: Math.round(elapsed),
      cpuMs: idleCpu,
      childCpuMs: i1.children - i0.children,
      cpuPercentOfOneCore: (idleCpu / (elapsed * 1000)) * 100,
    },
  },
]);

await cups?.stop();
await sntp.close();
helper.close();
