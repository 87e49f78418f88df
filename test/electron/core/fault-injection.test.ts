// Fault injection over every check the core has: each probe in turn made to hang, throw, return
// garbage and return far too much, on a healthy scripted workstation under fake timers. The monitor
// must keep the probe's schedule, its reading must say why, the snapshot must stay valid for every
// window, and every check of another area must read exactly as without the fault.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createCore, type Core } from '../../../electron/core/core';
import type { AreaFactory, Probe } from '../../../electron/core/probe';
import { createPracticeWorld } from '../../../electron/core/scenario/practice-world';
import { scenarioSchema } from '../../../electron/core/scenario/scenario-schema';
import { policySchema, type PolicyInput } from '../../../shared/policy/policy-schema';
import { requests } from '../../../shared/protocol/contract';
import { localDate } from '../../../shared/readiness/filing-calendar';
import type { Reading } from '../../../shared/model/reading';
import { textProblems } from '../../support/rendered-text';

const month = localDate(Date.now(), policySchema.parse({}).calendar.timeZone).slice(0, 7);
const env = {
  filingRecords: () => ({ [month]: { reported: new Date().toISOString(), cleared: new Date().toISOString() } }),
  taxDevice: { seenAt: () => undefined, noteSeen: () => {} },
};
const everything: PolicyInput = {
  clock: { ntpServer: 'ntp.example.com', timeZone: 'Asia/Shanghai' },
  software: {
    expected: [{ vendor: 'aisino', processes: ['TaxClient.exe'] }],
    helper: { name: 'UKey helper', port: 28000, process: 'chinatax.exe' },
  },
  network: { localServices: [{ name: 'ukey-helper', port: 28000 }] },
};

// One schedule for every probe, so one window of fake time covers each probe's runs alike.
const intervalMs = 60_000;
const timeoutMs = 5_000;

type Fault = 'hang' | 'throw' | 'garbage' | 'huge';

// Returned by a garbage probe, one per run: nothing an outcome may be.
const garbage: (() => unknown)[] = [
  () => undefined,
  () => null,
  () => 42,
  () => 'ok',
  () => ({ status: 'banana', summary: { key: 'x' } }),
  () => ({ status: 'ok' }),
  () => ({ status: 'ok', summary: { key: '' } }),
  () => ({ status: 'ok', summary: { key: 'x', params: { nested: { deep: 1 } } } }),
  () => ({ status: 'ok', summary: { key: 'x' }, details: { count: 10n } }),
  () => {
    const loop: Record<string, unknown> = {};
    loop.self = loop;
    return { status: 'ok', summary: { key: 'x' }, details: loop };
  },
];
const huge: (() => unknown)[] = [
  () => ({ status: 'ok', summary: { key: 'x', params: { text: 'x'.repeat(10 * 1024 * 1024) } } }),
  () => ({ status: 'fault', summary: { key: 'x' }, details: { list: Array.from({ length: 200_000 }, (_, i) => i) } }),
];

/** Replaces one probe's run with the fault; counts how often the monitor ran it. */
function faulty(probe: Probe, fault: Fault, runs: { count: number }): Probe {
  const run = (): Promise<never> | never => {
    const n = runs.count++;
    switch (fault) {
      case 'hang':
        return new Promise<never>(() => {}); // and ignores its abort signal
      case 'throw':
        if (n % 2) throw new Error(`injected failure ${n}`); // thrown at once, not rejected
        return Promise.reject(new TypeError(`injected rejection ${n}\n\u001b[31m`));
      case 'garbage':
        return Promise.resolve(garbage[n % garbage.length]!() as never);
      case 'huge':
        return Promise.resolve(huge[n % huge.length]!() as never);
    }
  };
  return { ...probe, run: run as Probe['run'], intervalMs, timeoutMs, nextIntervalMs: undefined };
}

const uniform = (p: Probe): Probe => ({
  ...p,
  intervalMs,
  timeoutMs: Math.min(p.timeoutMs, timeoutMs),
  nextIntervalMs: undefined,
});

let core: Core | undefined;
/** Probes that also run when their sources (or other checks) change, not only on their interval. */
const watching = new Set<string>();
afterEach(async () => {
  await core?.stop();
  core = undefined;
  vi.useRealTimers();
});

/** A core on a healthy scripted world, every probe on one schedule, one of them made faulty. */
function buildCore(inject?: { probeId: string; fault: Fault; runs: { count: number } }): Core {
  const world = createPracticeWorld(
    scenarioSchema.parse({
      version: 2,
      id: 'healthy',
      titleKey: 'x',
      sources: { software: { processes: [{ name: 'TaxClient.exe' }, { name: 'chinatax.exe' }], listening: [28000] } },
      timeline: [],
      expect: { faults: [] },
    }),
  );
  const areas: AreaFactory[] = world.areas(env).map((factory) => (context) => {
    const area = factory(context);
    for (const p of area.probes) if (p.watch) watching.add(p.id);
    area.probes = area.probes.map((p) =>
      inject && p.id === inject.probeId ? faulty(p, inject.fault, inject.runs) : uniform(p),
    );
    return area;
  });
  core = createCore({
    loaded: { policy: policySchema.parse(everything), status: { source: 'default', issues: [] } },
    areas,
    platform: 'win32',
    version: 'test',
  });
  return core;
}

/** What a person would compare between two readings: not when, not how long. */
const comparable = (r: Reading) => ({ id: r.id, status: r.status, summary: r.summary, details: r.details });

// Three runs: at start, and after each interval (plus the timeout a hung run waits out).
const window = 2 * (intervalMs + timeoutMs) + 1_000;

const start = new Date('2026-11-27T08:00:00+08:00');

async function readingsAfterWindow(running: Core): Promise<Map<string, Reading>> {
  running.start();
  await vi.advanceTimersByTimeAsync(window);
  return new Map(running.snapshot().checks.map((c) => [c.id, c]));
}

vi.useFakeTimers();
const probeIds = buildCore()
  .snapshot()
  .checks.map((c) => c.id);
void core!.stop();
vi.useRealTimers();

const expectedKey: Record<Fault, string[]> = {
  hang: ['check.error.timeout'],
  throw: ['check.error.exception'],
  garbage: ['check.error.invalidOutcome'],
  huge: ['check.error.tooLarge'],
};

describe('fault injection: every check made to hang, throw, return garbage and return huge output', () => {
  it('covers every check of every registered area', () => {
    expect(probeIds.length).toBeGreaterThan(15);
  });

  describe.each(['hang', 'throw', 'garbage', 'huge'] as const)('%s', (fault) => {
    it.each(probeIds)(`%s: keeps its schedule, says why, and leaves the other areas untouched`, async (probeId) => {
      vi.useFakeTimers({ now: start });
      const baseline = await readingsAfterWindow(buildCore());
      await core!.stop();
      vi.setSystemTime(start); // the same moment, so time-stamped details compare equal
      const runs = { count: 0 };
      const running = buildCore({ probeId, fault, runs });
      const readings = await readingsAfterWindow(running);

      // The schedule: the first run at start, then one per interval after each run ended (a probe
      // that watches others, like the network verdict, also runs when they change).
      if (watching.has(probeId)) expect(runs.count).toBeGreaterThanOrEqual(3);
      else expect(runs.count).toBe(3);
      const reading = readings.get(probeId)!;
      expect(reading.status).toBe('unknown');
      expect(expectedKey[fault]).toContain(reading.summary.key);
      // The reason is one line, its control characters written out.
      for (const value of Object.values(reading.summary.params ?? {}))
        expect([...String(value)].filter((c) => c.charCodeAt(0) < 0x20)).toEqual([]);

      const snapshot = running.snapshot();
      // Every window, the tray and the CLI get a snapshot they can validate and render.
      expect(requests.runChecks.result.safeParse(JSON.parse(JSON.stringify(snapshot))).success).toBe(true);
      expect(JSON.stringify(snapshot).length).toBeLessThan(512 * 1024);
      expect(textProblems({ ...snapshot, checks: [reading], faults: [] })).toEqual([]);

      const area = reading.area;
      for (const [id, other] of readings) {
        if (id === probeId || other.area === area) continue;
        expect(comparable(other), `${id} changed when ${probeId} failed`).toEqual(comparable(baseline.get(id)!));
      }
      // And it still answers a request to check everything again.
      const again = running.handlers.runChecks({});
      await vi.advanceTimersByTimeAsync(timeoutMs + 1_000);
      expect((await again).checks.length).toBe(probeIds.length);
    });
  });
});
