// The long soak: days of a flapping tax device and network at fake time through the real areas on
// scripted sources (test/support/soak-day.ts; npm test runs six hours of it). Measures the heap
// after each simulated hour, once the first three-hour cycle has warmed everything up, and what
// would be notified per hour.
import v8 from 'node:v8';
import vm from 'node:vm';
import FakeTimers from '@sinonjs/fake-timers';
import { soakDay } from '../test/support/soak-day';
import { byMode } from './support/bench-mode';
import { recordFigure } from './support/record';

v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;
const heap = (): number => {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
};

const hours = byMode({ full: 48, quick: 6 });
const resourcesBefore = process.getActiveResourcesInfo().length;
const wallStart = performance.now();
const clock = FakeTimers.install({
  now: Date.parse('2026-11-27T08:00:00+08:00'),
  toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'],
});
const report = await soakDay({
  hours,
  clock: { advance: async (ms) => void (await clock.tickAsync(ms)), pendingTimers: () => clock.countTimers() },
  sample: heap,
});
clock.uninstall();
const wallSeconds = (performance.now() - wallStart) / 1000;

// The heap at the same point of each three-hour cycle (its calm end), after the first cycle.
const cycleEnds = report.samples.filter((_, h) => h % 3 === 2);
const warm = cycleEnds[0]!;
const growth = Math.max(...cycleEnds.slice(1)) - warm;
const context = { simulatedHours: hours, wallSeconds: Math.round(wallSeconds), snapshots: report.snapshots };

recordFigure({
  id: 'soak.heap.growth',
  title: `Soak: heap growth over ${hours} simulated hours of flapping after a 3-hour warm-up`,
  unit: 'bytes',
  value: growth,
  runs: cycleEnds.length,
  target: { statistic: 'median', comparison: '<', value: 5 * 1024 * 1024, note: 'issue 11: flat within 5 MB' },
  context: { ...context, heapAfterWarmUpBytes: warm, heapAtEndBytes: report.samples.at(-1)! },
});
recordFigure({
  id: 'soak.faults.opened-per-hour',
  title: 'Soak: faults opened per simulated hour (what would be notified), each hour',
  unit: 'count',
  samples: report.openedPerHour,
  target: {
    statistic: 'max',
    comparison: '<=',
    value: 20,
    note: 'issue 11: one per outage (20 platform outages in the worst hour)',
  },
  context: { ...context, looseCableDropsPerHour: 160 },
});
recordFigure({
  id: 'soak.snapshot.bytes',
  title: 'Soak: snapshot size at the end of each simulated hour',
  unit: 'bytes',
  samples: report.snapshotBytes,
  context,
});
recordFigure({
  id: 'soak.leftovers',
  title: 'Soak: timers and handles left once the core stopped',
  unit: 'count',
  value: report.timersLeft + Math.max(0, process.getActiveResourcesInfo().length - resourcesBefore),
  target: { statistic: 'median', comparison: '==', value: 0, note: 'issue 11: no open handle left' },
  context,
});
