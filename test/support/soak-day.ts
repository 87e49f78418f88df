// A simulated day (or week) of a workstation whose USB tax device and network flap, played at
// accelerated time through the real areas on scripted sources: the npm test short form (vitest's
// fake timers) and the bench long form (@sinonjs/fake-timers) share it. It reports the faults
// opened and closed per hour, which is what the app would notify, and snapshot sizes over time.
import { createCore } from '../../electron/core/core';
import { createPracticeWorld } from '../../electron/core/scenario/practice-world';
import { scenarioSchema, type Scenario } from '../../electron/core/scenario/scenario-schema';
import { policySchema } from '../../shared/policy/policy-schema';
import { localDate } from '../../shared/readiness/filing-calendar';
import type { Snapshot } from '../../shared/model/snapshot';

/** How the caller's fake clock is driven. */
export interface SoakClock {
  /** Moves fake time on by `ms`, running every timer due and the promises they settle. */
  advance(ms: number): Promise<void>;
  /** Timers still scheduled. */
  pendingTimers(): number;
}

export interface SoakReport {
  hours: number;
  /** Separate troubles the weather made, per hour (see weather()). */
  outagesPerHour: number[];
  snapshots: number;
  readings: number;
  /** Faults that opened (would be notified) and closed, per simulated hour. */
  openedPerHour: number[];
  closedPerHour: number[];
  /** JSON size of the snapshot at the end of each hour. */
  snapshotBytes: number[];
  /** What `sample` returned at the end of each hour (the bench samples the heap). */
  samples: number[];
  /** Timers left once the core stopped (0: nothing left behind). */
  timersLeft: number;
}

const minute = 60_000;
const hour = 60 * minute;
const taxUKey = { port: '1-2', vid: '101d', pid: '0003', manufacturer: 'Aisino', product: 'Tax UKey' };

/**
 * The day's weather, hour by hour in a three-hour cycle: the tax device's cable works loose for
 * the first 40 minutes (gone for 1.5 s every 15 s: 160 drops), then the upload platform flaps (down
 * for 90 s every 3 minutes: 20 outages), then a quiet hour with one 10-minute loss of the network
 * address. `outages` counts, per hour, the separate troubles a person could be told about: the
 * loose cable is one, each platform outage one, the address loss one.
 */
function weather(hours: number) {
  const entries: { when: { afterMs: number }; set: Record<string, unknown> }[] = [];
  const outages: number[] = [];
  for (let h = 0; h < hours; h++) {
    const start = h * hour;
    if (h % 3 === 0) {
      for (let t = 0; t < 40 * minute; t += 15_000) {
        entries.push({ when: { afterMs: start + t + 5_000 }, set: { usb: { devices: [] } } });
        entries.push({ when: { afterMs: start + t + 6_500 }, set: { usb: { devices: [taxUKey] } } });
      }
      outages.push(1);
    } else if (h % 3 === 1) {
      for (let t = 0; t < hour; t += 3 * minute) {
        entries.push({ when: { afterMs: start + t }, set: { network: { endpoints: { '*': { cause: 'timeout' } } } } });
        entries.push({
          when: { afterMs: start + t + 90_000 },
          set: { network: { endpoints: { '*': { cause: 'ok' } } } },
        });
      }
      outages.push(20);
    } else {
      entries.push({ when: { afterMs: start + 20 * minute }, set: { network: { link: 'no-address' } } });
      entries.push({ when: { afterMs: start + 30 * minute }, set: { network: { link: 'up' } } });
      outages.push(1);
    }
  }
  return { entries, outages };
}

/** Plays `hours` of flapping and returns what happened; the clock must be faked by the caller. */
export async function soakDay(options: {
  hours: number;
  clock: SoakClock;
  sample?: () => number;
}): Promise<SoakReport> {
  const started = Date.now();
  const policy = policySchema.parse({
    invoicing: { mode: 'tax-device' },
    network: {
      dns: { names: ['etax.example.chinatax.gov.cn'] },
      endpoints: [{ name: 'etax', host: 'etax.example.chinatax.gov.cn', port: 443, kind: 'tcp' }],
    },
  });
  const base = {
    version: 2,
    id: 'soak',
    titleKey: 'x',
    sources: { usb: { devices: [taxUKey] } },
    expect: { faults: [] },
  };
  const scenario = scenarioSchema.parse({ ...base, timeline: [] });
  // A scenario file holds at most 100 timeline entries; a day has more. Each entry is validated
  // (and its defaults filled) by the scenario schema on its own, then the day is put together.
  const parsed = new Map<string, Scenario['timeline'][number]['set']>();
  const { entries, outages } = weather(options.hours);
  scenario.timeline = entries.map((entry) => {
    const key = JSON.stringify(entry.set);
    if (!parsed.has(key))
      parsed.set(
        key,
        scenarioSchema.parse({ ...base, timeline: [{ when: { afterMs: 0 }, set: entry.set }] }).timeline[0]!.set,
      );
    return { when: entry.when, set: parsed.get(key)! };
  });
  const world = createPracticeWorld(scenario);
  const month = localDate(started, policy.calendar.timeZone).slice(0, 7);
  const done = new Date(started).toISOString();
  const core = createCore({
    loaded: { policy, status: { source: 'default', issues: [] } },
    areas: world.areas({
      filingRecords: () => ({ [month]: { reported: done, cleared: done } }),
      taxDevice: { seenAt: () => done, noteSeen: () => {} },
    }),
    platform: 'linux',
    version: 'soak',
    now: world.now,
  });

  const report: SoakReport = {
    hours: options.hours,
    outagesPerHour: outages,
    snapshots: 0,
    readings: 0,
    openedPerHour: Array.from({ length: options.hours }, () => 0),
    closedPerHour: Array.from({ length: options.hours }, () => 0),
    snapshotBytes: [],
    samples: [],
    timersLeft: 0,
  };
  let open = new Set<string>();
  let latest: Snapshot | undefined;
  core.onSnapshot((snapshot) => {
    report.snapshots++;
    latest = snapshot;
    const now = new Set(snapshot.faults.map((f) => f.id));
    const h = Math.min(options.hours - 1, Math.floor((Date.now() - started) / hour));
    for (const id of now) if (!open.has(id)) report.openedPerHour[h]!++;
    for (const id of open) if (!now.has(id)) report.closedPerHour[h]!++;
    open = now;
  });
  core.start();
  for (let h = 0; h < options.hours; h++) {
    await options.clock.advance(hour);
    const snapshot = latest ?? core.snapshot();
    report.readings += snapshot.checks.length;
    report.snapshotBytes.push(JSON.stringify(snapshot).length);
    if (options.sample) report.samples.push(options.sample());
  }
  await core.stop();
  report.timersLeft = options.clock.pendingTimers();
  return report;
}
