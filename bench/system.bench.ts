// Issue 5 costs: one full system check (printer, disk + SMART, memory, clock, software, system)
// run in parallel as the core does, against the same probes one after another; and the core's
// idle CPU over 60 s with default intervals. Real components: a private cupsd (needs root and the
// cups packages; without them the bench says so and how to install them), an SNTP responder on
// loopback, the real /proc and journal. Loopback only.
import { existsSync, readFileSync } from 'node:fs';
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
import {
  canRunPrivateCupsd,
  cupsdPath,
  startPrivateCupsd,
  type PrivateCupsd,
} from '../test/support/cups/private-cupsd';
import { startSntpResponder } from '../test/support/ntp/sntp-responder';
import { byMode } from './support/bench-mode';
import { recordFigure, recordMissing } from './support/record';
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
} else {
  const installed = existsSync(cupsdPath) && existsSync('/usr/bin/lpstat');
  recordMissing({
    component: 'CUPS (a private cupsd)',
    reason: installed ? 'cupsd is installed but this bench is not running as root' : 'cupsd or lpstat is not installed',
    install: installed
      ? 'run `npm run bench` as root (the private cupsd needs it)'
      : 'apt-get install cups cups-client',
    effect: 'The printer probe asks the default CUPS server, if any, instead of a private queue with a known printer',
  });
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

const realCups = cups !== undefined;
const parallelWalls = parallel.map((p) => p.wall);
recordFigure({
  id: 'system.full-check.ratio',
  title: `System: one full check (${probes.length} probes in parallel) ÷ its slowest call`,
  unit: 'ratio',
  samples: parallelWalls.map((wall) => wall / slowest[1]),
  target: { statistic: 'median', comparison: '<=', value: 1.2, note: 'probes run in parallel' },
  context: { slowestCall: slowest[0], realCups },
});
recordFigure({
  id: 'system.full-check.wall',
  title: `System: one full check (${probes.length} probes in parallel)`,
  unit: 'ms',
  samples: parallelWalls,
  context: { realCups },
});
recordFigure({
  id: 'system.full-check.cpu',
  title: 'System: CPU of one full check, child processes included',
  unit: 'ms',
  samples: parallel.map((p) => p.cpu),
});
recordFigure({
  id: 'system.full-check.sequential',
  title: 'System: the same probes one after another',
  unit: 'ms',
  samples: sequential.map((s) => s.wall),
});
// The first round also reads the journal's list of earlier boots, once per process.
recordFigure({
  id: 'system.full-check.first-round',
  title: 'System: the first full check after start',
  unit: 'ms',
  value: coldWall,
});
for (const p of probes)
  recordFigure({
    id: `system.call.${p.id}`,
    title: `System: probe ${p.id} alone`,
    unit: 'ms',
    samples: sequential.map((s) => s.each[p.id] ?? 0),
  });
await Promise.all(areas.map((a) => a.dispose?.()));

// Idle: the whole production core (every area) with default intervals for 60 s after the first round.
const idleSeconds = Number(process.env.IG_BENCH_IDLE_SECONDS ?? byMode({ full: 60, quick: 10 }));
const core = createCore({
  loaded: { policy, status: { source: 'default', issues: [] } },
  areas: productionAreas({ filingRecords: () => ({}), taxDevice: { seenAt: () => undefined, noteSeen: () => {} } }),
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
const perMinute = 60 / elapsed;
recordFigure({
  id: 'core.idle-cpu',
  title: 'Core idle CPU: every area, default intervals, child processes included',
  unit: 'cpu-ms/min',
  value: idleCpu * perMinute,
  context: { windowSeconds: Math.round(elapsed), percentOfOneCore: (idleCpu / (elapsed * 1000)) * 100 },
});
recordFigure({
  id: 'core.idle-cpu.children',
  title: 'Core idle CPU: of which child processes',
  unit: 'cpu-ms/min',
  value: (i1.children - i0.children) * perMinute,
});

await cups?.stop();
await sntp.close();
helper.close();
