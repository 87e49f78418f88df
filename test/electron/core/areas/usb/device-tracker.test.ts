import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { builtInCatalog } from '../../../../../shared/devices/device-catalog';
import { identifyDevice } from '../../../../../shared/devices/identify-device';
import { createDeviceTracker, type DeviceTracker } from '../../../../../electron/core/areas/usb/device-tracker';
import { scriptedUsbSource, type ScriptedUsbSource } from '../../../../../electron/core/areas/usb/scripted-usb-source';
import { aisinoDisk, dascomPrinter } from './usb-fixtures';

const policy = { debounceMs: 3000, flapping: { disconnects: 4, windowSeconds: 120 }, reconcileSeconds: 60 };

let source: ScriptedUsbSource;
let tracker: DeviceTracker;
let changes: number;

async function startWith(
  initial: Parameters<typeof scriptedUsbSource>[0] = [],
  overrides: Partial<typeof policy> = {},
) {
  source = scriptedUsbSource(initial);
  tracker = createDeviceTracker({
    source,
    policy: { ...policy, ...overrides },
    identify: (f) => identifyDevice(f, builtInCatalog),
  });
  changes = 0;
  tracker.subscribe(() => changes++);
  await tracker.start();
}

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(new Date('2026-11-30T09:00:00Z'));
});
afterEach(() => {
  tracker.dispose();
  vi.useRealTimers();
});

describe('USB device tracking', () => {
  it('records devices present at start with the start time as "since"', async () => {
    await startWith([{ port: '1-1', facts: aisinoDisk }]);
    const [device] = tracker.devices();
    expect(device).toMatchObject({ key: '101d:0003@1-1', seenAtStart: true, state: 'present' });
    expect(new Date(device!.since).toISOString()).toBe('2026-11-30T09:00:00.000Z');
    expect(tracker.rawEvents().map((e) => e.type)).toEqual(['present-at-start']);
  });

  it('shows a plug at once and tells the user "connected"', async () => {
    await startWith();
    source.plug('1-2', dascomPrinter);
    expect(changes).toBeGreaterThan(1);
    expect(tracker.devices().map((d) => d.identification.role)).toEqual(['printer']);
    expect(tracker.userEvents().map((e) => e.type)).toEqual(['connected']);
  });

  it('treats a replug within the debounce window as one "replugged" event and keeps "since"', async () => {
    await startWith([{ port: '1-1', facts: aisinoDisk }]);
    const since = tracker.devices()[0]!.since;
    vi.advanceTimersByTime(60_000);
    source.unplug('1-1');
    expect(tracker.devices()[0]?.state).toBe('reconnecting');
    vi.advanceTimersByTime(1_000);
    source.plug('1-1', aisinoDisk);
    vi.advanceTimersByTime(10_000);
    expect(tracker.devices()).toHaveLength(1);
    expect(tracker.devices()[0]).toMatchObject({ state: 'present', since });
    expect(tracker.userEvents().map((e) => e.type)).toEqual(['replugged']);
    expect(tracker.rawEvents().map((e) => e.type)).toEqual(['present-at-start', 'detach', 'attach']);
  });

  it('holds no more timers after a thousand quick replugs than after one (a loose cable all day)', async () => {
    await startWith([{ port: '1-1', facts: aisinoDisk }]);
    const replug = () => {
      source.unplug('1-1');
      vi.advanceTimersByTime(1_500);
      source.plug('1-1', aisinoDisk);
      vi.advanceTimersByTime(13_500);
    };
    replug();
    const afterOne = tracker.heldTimers();
    // Before: each replug within the debounce left its cancelled timer in the tracker's set.
    for (let i = 0; i < 1000; i++) replug();
    vi.advanceTimersByTime(10 * 60_000); // past the flapping window
    expect(tracker.heldTimers()).toBeLessThanOrEqual(afterOne);
    expect(tracker.devices()).toHaveLength(1);
  });

  it('reports the device gone once the debounce window passes without it', async () => {
    await startWith([{ port: '1-1', facts: aisinoDisk }]);
    source.unplug('1-1');
    vi.advanceTimersByTime(2_999);
    expect(tracker.devices()).toHaveLength(1);
    vi.advanceTimersByTime(2);
    expect(tracker.devices()).toHaveLength(0);
    expect(tracker.userEvents().map((e) => e.type)).toEqual(['disconnected']);
  });

  it('removes at once when debouncing is off', async () => {
    await startWith([{ port: '1-1', facts: aisinoDisk }], { debounceMs: 0 });
    source.unplug('1-1');
    expect(tracker.devices()).toHaveLength(0);
  });

  it('counts a key moved to another port within the window (same serial) as a replug', async () => {
    await startWith([{ port: '1-1', facts: aisinoDisk }]);
    source.unplug('1-1');
    source.plug('1-4', aisinoDisk);
    expect(tracker.devices().map((d) => d.port)).toEqual(['1-4']);
    expect(tracker.userEvents().map((e) => e.type)).toEqual(['replugged']);
  });

  it('counts a key without a serial moved to another port as a replug, never as two devices', async () => {
    const noSerial = { ...aisinoDisk, serial: undefined };
    await startWith([{ port: '1-1', facts: noSerial }]);
    source.unplug('1-1');
    source.plug('1-4', noSerial);
    expect(tracker.devices().map((d) => [d.port, d.state])).toEqual([['1-4', 'present']]);
  });

  it('keeps two keys with different serials apart', async () => {
    await startWith([{ port: '1-1', facts: aisinoDisk }]);
    source.unplug('1-1');
    source.plug('1-4', { ...aisinoDisk, serial: 'JSP2' });
    expect(
      tracker
        .devices()
        .map((d) => d.port)
        .sort(),
    ).toEqual(['1-1', '1-4']);
  });

  it('flags flapping at the policy threshold and clears it when the window has passed', async () => {
    await startWith([{ port: '1-1', facts: aisinoDisk }]);
    for (let i = 0; i < 3; i++) {
      source.unplug('1-1');
      vi.advanceTimersByTime(500);
      source.plug('1-1', aisinoDisk);
      vi.advanceTimersByTime(5_000);
    }
    expect(tracker.flapping()).toEqual([]);
    source.unplug('1-1');
    vi.advanceTimersByTime(500);
    source.plug('1-1', aisinoDisk);
    expect(tracker.flapping()).toMatchObject([{ key: '101d:0003@1-1', disconnects: 4, port: '1-1' }]);
    const before = changes;
    vi.advanceTimersByTime(121_000);
    expect(changes).toBeGreaterThan(before); // the probes are told to look again when the window ends
    expect(tracker.flapping()).toEqual([]);
  });

  it('keeps every raw event while the user sees one per replug', async () => {
    await startWith([{ port: '1-1', facts: aisinoDisk }]);
    for (let i = 0; i < 5; i++) {
      source.unplug('1-1');
      source.plug('1-1', aisinoDisk);
    }
    expect(tracker.rawEvents()).toHaveLength(11);
    expect(tracker.userEvents()).toHaveLength(5);
  });

  it('catches hotplug events the OS lost at the next reconciliation scan', async () => {
    await startWith([{ port: '1-1', facts: aisinoDisk }]);
    source.plugSilently('1-2', dascomPrinter);
    source.unplugSilently('1-1');
    vi.advanceTimersByTime(60_000);
    expect(tracker.rawEvents().map((e) => e.type)).toEqual([
      'present-at-start',
      'reconcile-attach',
      'reconcile-detach',
    ]);
    vi.advanceTimersByTime(3_000);
    expect(tracker.devices().map((d) => d.port)).toEqual(['1-2']);
  });

  it('reports the USB stack as unavailable instead of throwing', async () => {
    source = scriptedUsbSource([], 'unavailable', 'libusb init failed (-99)');
    tracker = createDeviceTracker({ source, policy, identify: (f) => identifyDevice(f, builtInCatalog) });
    expect(await tracker.start()).toEqual({ mode: 'unavailable', reason: 'libusb init failed (-99)' });
    tracker.rescan();
    expect(tracker.devices()).toEqual([]);
  });

  it('stops listening and clears its timers when disposed', async () => {
    await startWith([{ port: '1-1', facts: aisinoDisk }]);
    source.unplug('1-1');
    tracker.dispose();
    expect(vi.getTimerCount()).toBe(0);
  });
});
