// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  flush,
  initialPlannerState,
  observe,
  rebaseline,
  type NotifiableFault,
  type Note,
  type PlannerSettings,
  type PlannerState,
} from '../../../electron/main/notification-planner';

const sec = 1_000;
const min = 60 * sec;
const hour = 60 * min;
const settings: PlannerSettings = { maxPerHour: 6, onRecovery: true, coalesceMs: 10 * sec };
const usb: NotifiableFault = { id: 'tax-device.missing', guide: 'tax-device.missing' };
const net: NotifiableFault = { id: 'network.no-internet', guide: 'network.no-internet' };
const printer: NotifiableFault = { id: 'printer.offline', guide: 'printer.offline' };

/**
 * Drives the planner as the main process does: observes each state at its time and flushes whenever
 * the planner asked to be woken, in time order. Returns the notes with the time each was shown.
 */
function simulate(
  events: { at: number; faults: NotifiableFault[] }[],
  until: number,
  options: PlannerSettings = settings,
): { at: number; note: Note }[] {
  let state: PlannerState = initialPlannerState();
  const shown: { at: number; note: Note }[] = [];
  let i = 0;
  for (;;) {
    const nextEvent = events[i]?.at ?? Infinity;
    const wake = state.dueAt ?? Infinity;
    const at = Math.min(nextEvent, wake);
    if (at > until) return shown;
    if (wake <= nextEvent) {
      const result = flush(state, at, options);
      state = result.state;
      if (result.note) shown.push({ at, note: result.note });
    } else {
      state = observe(state, events[i]!.faults, at, options);
      i++;
    }
  }
}

/** The most pop-ups shown in any 60 minutes. */
function mostInAnyHour(times: number[]): number {
  return Math.max(0, ...times.map((t) => times.filter((u) => u >= t && u < t + hour).length));
}

describe('the notification planner', () => {
  it('says nothing about the state it starts in (the tray shows it)', () => {
    expect(simulate([{ at: 0, faults: [usb] }], hour)).toEqual([]);
  });

  it('tells a new fault once, after the coalescing window, and its recovery', () => {
    const notes = simulate(
      [
        { at: 0, faults: [] },
        { at: 1 * min, faults: [usb] },
        { at: 2 * min, faults: [usb] },
        { at: 5 * min, faults: [] },
      ],
      hour,
    );
    expect(notes).toEqual([
      { at: 1 * min + 10 * sec, note: { kind: 'opened', faults: [usb], recovered: [] } },
      { at: 5 * min + 10 * sec, note: { kind: 'recovered', faultIds: [usb.id] } },
    ]);
  });

  it('coalesces a burst (an outage opening several faults within seconds) into one pop-up, most severe first', () => {
    const notes = simulate(
      [
        { at: 0, faults: [] },
        { at: 1 * sec, faults: [net] },
        { at: 3 * sec, faults: [usb, net] },
        { at: 6 * sec, faults: [usb, net, printer] },
      ],
      hour,
    );
    expect(notes).toEqual([{ at: 11 * sec, note: { kind: 'opened', faults: [usb, net, printer], recovered: [] } }]);
  });

  it('says nothing when a fault opens and clears inside the window (a blip)', () => {
    const notes = simulate(
      [
        { at: 0, faults: [] },
        { at: 1 * sec, faults: [usb] },
        { at: 4 * sec, faults: [] },
      ],
      hour,
    );
    expect(notes).toEqual([]);
  });

  it('does not tell recoveries when the policy says onRecovery: false', () => {
    const notes = simulate(
      [
        { at: 0, faults: [] },
        { at: 1 * min, faults: [usb] },
        { at: 5 * min, faults: [] },
      ],
      hour,
      { ...settings, onRecovery: false },
    );
    expect(notes.map((n) => n.note.kind)).toEqual(['opened']);
  });

  it('shows nothing at all with maxPerHour 0', () => {
    const notes = simulate(
      [
        { at: 0, faults: [] },
        { at: 1 * min, faults: [usb] },
      ],
      hour,
      { ...settings, maxPerHour: 0 },
    );
    expect(notes).toEqual([]);
  });

  describe('a flapping cable for an hour (unplugged and replugged every 30 s)', () => {
    const flapping = [{ at: 0, faults: [] as NotifiableFault[] }];
    for (let t = 30 * sec, down = true; t <= hour; t += 30 * sec, down = !down) {
      flapping.push({ at: t, faults: down ? [usb] : [] });
    }
    // The cable is left plugged in at the end of the hour, then out again for good at 90 minutes.
    flapping.push({ at: hour + 15 * sec, faults: [] }, { at: 90 * min, faults: [usb] });
    const notes = simulate(flapping, 3 * hour);
    const times = notes.map((n) => n.at);

    it('never shows more than 6 pop-ups in any hour, although the fault changed 120 times', () => {
      expect(flapping.length).toBeGreaterThan(120);
      expect(mostInAnyHour(times)).toBeLessThanOrEqual(6);
    });

    it('shows the first 6 changes, then holds the rest for one summary when the hour has room', () => {
      expect(notes.slice(0, 6).map((n) => n.note.kind)).toEqual([
        'opened',
        'recovered',
        'opened',
        'recovered',
        'opened',
        'recovered',
      ]);
      const summaries = notes.filter((n) => n.note.kind === 'summary');
      expect(summaries).toHaveLength(1);
      const summary = summaries[0]!;
      // Room again one hour after the first pop-up; the count covers every change held back.
      expect(summary.at).toBe(notes[0]!.at + hour);
      expect(summary.note).toMatchObject({ kind: 'summary', open: [] });
      expect((summary.note as { changes: number }).changes).toBeGreaterThan(100);
    });

    it('tells the final state: the fault that stays open at 90 minutes pops up on its own', () => {
      expect(notes.at(-1)).toEqual({ at: 90 * min + 10 * sec, note: { kind: 'opened', faults: [usb], recovered: [] } });
    });
  });

  describe('quiet hours', () => {
    const day = (h: number, m = 0) => new Date(2026, 11, 1, h, m).getTime();
    const quiet = { ...settings, quietHours: { from: '12:00', to: '13:00' } };

    it('hold the news until they end, then tell it in one summary', () => {
      const notes = simulate(
        [
          { at: day(11), faults: [] },
          { at: day(12, 10), faults: [usb] },
          { at: day(12, 20), faults: [usb, net] },
        ],
        day(18),
        quiet,
      );
      expect(notes).toEqual([{ at: day(13), note: { kind: 'summary', changes: 2, open: [usb, net] } }]);
    });

    it('still sum up afterwards what happened during them, though everything recovered', () => {
      const notes = simulate(
        [
          { at: day(11), faults: [] },
          { at: day(12, 10), faults: [usb] },
          { at: day(12, 40), faults: [] },
        ],
        day(18),
        quiet,
      );
      expect(notes).toEqual([{ at: day(13), note: { kind: 'summary', changes: 2, open: [] } }]);
    });

    it('let a blip that is over within the coalescing window pass silently', () => {
      const notes = simulate(
        [
          { at: day(12, 10), faults: [] },
          { at: day(12, 20), faults: [usb] },
          { at: day(12, 20) + 5 * sec, faults: [] },
        ],
        day(18),
        quiet,
      );
      expect(notes).toEqual([]);
    });
  });

  it('starts afresh after practice mode, without telling the difference', () => {
    let state = observe(initialPlannerState(), [usb], 0, settings);
    state = rebaseline(state);
    state = observe(state, [], 1 * min, settings); // the real state after practice: a new baseline
    expect(state.dueAt).toBeUndefined();
    expect(flush(state, 2 * min, settings).note).toBeUndefined();
  });

  it('keeps counting the hour across a rebaseline (practice cannot reset the rate limit)', () => {
    let state = initialPlannerState();
    state = observe(state, [], 0, settings);
    state = observe(state, [usb], 1, settings);
    state = flush(state, 20 * sec, settings).state;
    expect(state.shown).toHaveLength(1);
    expect(rebaseline(state).shown).toHaveLength(1);
  });
});
