import { vidPid } from '../../../../shared/devices/device-catalog';
import type { Identification, IdentifiedRole, UsbDeviceFacts } from '../../../../shared/devices/device-types';
import type { DevicesPolicy } from '../../../../shared/policy/devices-policy';
import { createEventRing } from './event-ring';
import type { HotplugMode, RawUsbDevice, UsbSource } from './usb-source';
import { errorMessage } from '../../../../shared/error-message';

/** A device the tracker believes is connected (or is waiting for, right after it left). */
export interface TrackedDevice {
  key: string;
  port: string;
  facts: UsbDeviceFacts;
  identification: Identification;
  /** When it was first seen connected (replugs within the debounce window keep this). */
  since: number;
  seenAtStart: boolean;
  /** `reconnecting`: it left less than the debounce window ago and may come back as one replug. */
  state: 'present' | 'reconnecting';
  leftAt?: number;
}

/** Every raw change, as it happened: kept for the journal (in memory for now, newest 500). */
export interface RawUsbEvent {
  at: string;
  type: 'present-at-start' | 'attach' | 'detach' | 'reconcile-attach' | 'reconcile-detach';
  key: string;
  vidPid: string;
  port: string;
  role: IdentifiedRole;
}

/** What the user is told happened, after debouncing: a quick replug is one `replugged`. */
export interface UserUsbEvent {
  at: string;
  type: 'connected' | 'disconnected' | 'replugged';
  key: string;
  vidPid: string;
  port: string;
  role: IdentifiedRole;
}

/** A device that disconnected at least the policy's number of times within its window. */
export interface FlappingDevice {
  key: string;
  port: string;
  vidPid: string;
  facts: UsbDeviceFacts;
  identification: Identification;
  disconnects: number;
}

export interface TrackerStatus {
  mode: HotplugMode | 'starting';
  reason?: string;
}

export interface DeviceTracker {
  /** Loads the source, records what is connected, then follows hotplug events and rescans. */
  start(): Promise<TrackerStatus>;
  status(): TrackerStatus;
  devices(): TrackedDevice[];
  flapping(): FlappingDevice[];
  rawEvents(): RawUsbEvent[];
  userEvents(): UserUsbEvent[];
  /** Compares the source's list with what we track and applies any change hotplug missed. */
  rescan(): void;
  /** Called after every change a probe should show; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
  dispose(): void;
  /** How many timers the tracker holds now; bounded however often a device is replugged (the soak checks it). */
  heldTimers(): number;
}

export interface TrackerOptions {
  source: UsbSource;
  policy: Pick<DevicesPolicy, 'debounceMs' | 'flapping' | 'reconcileSeconds'>;
  identify: (facts: UsbDeviceFacts) => Identification;
  now?: () => number;
  ringSize?: number;
}

/**
 * The USB state machine between the source and the probes: current devices with their "since",
 * debounce of quick replugs, flapping counts, a slow reconciliation scan, and the raw event ring.
 */
export function createDeviceTracker(options: TrackerOptions): DeviceTracker {
  const { source, policy, identify } = options;
  const now = options.now ?? Date.now;
  const tracked = new Map<string, TrackedDevice>();
  const pendingRemoval = new Map<string, ReturnType<typeof setTimeout>>();
  const disconnects = new Map<string, { times: number[]; last: TrackedDevice }>();
  const timers = new Set<ReturnType<typeof setTimeout>>();
  const raw = createEventRing<RawUsbEvent>(options.ringSize ?? 500);
  const user = createEventRing<UserUsbEvent>(options.ringSize ?? 500);
  const listeners = new Set<() => void>();
  let status: TrackerStatus = { mode: 'starting' };
  let unwatch: (() => void) | undefined;
  let reconcileTimer: ReturnType<typeof setInterval> | undefined;
  let disposed = false;
  const windowMs = policy.flapping.windowSeconds * 1000;

  const iso = (t: number): string => new Date(t).toISOString();
  const changed = (): void => listeners.forEach((l) => l());
  const record = (type: RawUsbEvent['type'], d: RawUsbDevice, role: IdentifiedRole): void =>
    raw.push({ at: iso(now()), type, key: d.key, vidPid: vidPid(d.facts.vid, d.facts.pid), port: d.port, role });
  const tell = (type: UserUsbEvent['type'], t: TrackedDevice): void =>
    user.push({
      at: iso(now()),
      type,
      key: t.key,
      vidPid: vidPid(t.facts.vid, t.facts.pid),
      port: t.port,
      role: t.identification.role,
    });

  function later(ms: number, run: () => void): ReturnType<typeof setTimeout> {
    const timer = setTimeout(() => {
      timers.delete(timer);
      run();
    }, ms);
    timer.unref?.();
    timers.add(timer);
    return timer;
  }

  /** Cancels a timer from `later`; it leaves the set too (a replug every few seconds would otherwise grow it without end). */
  function cancel(timer: ReturnType<typeof setTimeout> | undefined): void {
    if (timer === undefined) return;
    clearTimeout(timer);
    timers.delete(timer);
  }

  function attach(device: RawUsbDevice, type: 'attach' | 'reconcile-attach'): void {
    const identification = identify(device.facts);
    record(type, device, identification.role);
    const same = tracked.get(device.key);
    const moved = same ? undefined : movedDevice(device);
    const previous = same ?? moved;
    if (previous && previous.state === 'reconnecting') {
      cancel(pendingRemoval.get(previous.key));
      pendingRemoval.delete(previous.key);
      tracked.delete(previous.key);
      const back: TrackedDevice = { ...previous, ...fresh(device, identification), state: 'present' };
      delete back.leftAt;
      tracked.set(device.key, back);
      tell('replugged', back);
    } else if (same) {
      // A second attach for a device we already have (reconcile racing hotplug): refresh facts only.
      tracked.set(device.key, { ...same, ...fresh(device, identification) });
    } else {
      const added: TrackedDevice = {
        ...fresh(device, identification),
        since: now(),
        seenAtStart: false,
        state: 'present',
      };
      tracked.set(device.key, added);
      tell('connected', added);
    }
    changed();
  }

  /**
   * The same device, moved to another port within the debounce window: same VID:PID and, when both
   * sides have one, the same serial. Without serials (Windows exposes none) VID:PID decides, so
   * moving a key never shows as two tax devices for the length of the window.
   */
  function movedDevice(device: RawUsbDevice): TrackedDevice | undefined {
    const serial = device.facts.serial;
    return [...tracked.values()].find(
      (t) =>
        t.state === 'reconnecting' &&
        t.facts.vid === device.facts.vid &&
        t.facts.pid === device.facts.pid &&
        (serial === undefined || t.facts.serial === undefined || t.facts.serial === serial),
    );
  }

  function detach(device: RawUsbDevice, type: 'detach' | 'reconcile-detach'): void {
    const known = tracked.get(device.key);
    record(type, device, known?.identification.role ?? identify(device.facts).role);
    if (!known || known.state === 'reconnecting') return;
    countDisconnect(known);
    if (policy.debounceMs === 0) {
      tracked.delete(known.key);
      tell('disconnected', known);
    } else {
      tracked.set(known.key, { ...known, state: 'reconnecting', leftAt: now() });
      pendingRemoval.set(
        known.key,
        later(policy.debounceMs, () => {
          pendingRemoval.delete(known.key);
          const gone = tracked.get(known.key);
          if (!gone || gone.state !== 'reconnecting') return;
          tracked.delete(known.key);
          tell('disconnected', gone);
          changed();
        }),
      );
    }
    changed();
  }

  function countDisconnect(device: TrackedDevice): void {
    const entry = disconnects.get(device.key) ?? { times: [], last: device };
    entry.times.push(now());
    entry.last = device;
    disconnects.set(device.key, entry);
    // When this disconnect leaves the window, flapping may end: re-evaluate then.
    later(windowMs + 1, changed);
  }

  function flapping(): FlappingDevice[] {
    const cutoff = now() - windowMs;
    const result: FlappingDevice[] = [];
    for (const [key, entry] of disconnects) {
      entry.times = entry.times.filter((t) => t > cutoff);
      if (entry.times.length === 0) disconnects.delete(key);
      else if (entry.times.length >= policy.flapping.disconnects)
        result.push({
          key,
          port: entry.last.port,
          vidPid: vidPid(entry.last.facts.vid, entry.last.facts.pid),
          facts: entry.last.facts,
          identification: entry.last.identification,
          disconnects: entry.times.length,
        });
    }
    return result;
  }

  function rescan(): void {
    if (status.mode === 'unavailable' || status.mode === 'starting' || disposed) return;
    let listed: RawUsbDevice[];
    try {
      listed = source.list();
    } catch {
      return; // the next scan or hotplug event tries again
    }
    const seen = new Set(listed.map((d) => d.key));
    for (const d of listed) {
      const t = tracked.get(d.key);
      if (!t || t.state === 'reconnecting') attach(d, 'reconcile-attach');
    }
    for (const t of [...tracked.values()]) {
      if (t.state === 'present' && !seen.has(t.key))
        detach({ key: t.key, port: t.port, facts: t.facts }, 'reconcile-detach');
    }
  }

  return {
    async start() {
      status = await source.start();
      if (disposed || status.mode === 'unavailable') {
        changed();
        return status;
      }
      try {
        for (const d of source.list()) {
          const identification = identify(d.facts);
          record('present-at-start', d, identification.role);
          tracked.set(d.key, { ...fresh(d, identification), since: now(), seenAtStart: true, state: 'present' });
        }
      } catch (error) {
        status = { mode: 'unavailable', reason: errorMessage(error) };
        changed();
        return status;
      }
      unwatch = source.watch(
        (d) => attach(d, 'attach'),
        (d) => detach(d, 'detach'),
      );
      reconcileTimer = setInterval(rescan, policy.reconcileSeconds * 1000);
      reconcileTimer.unref?.();
      changed();
      return status;
    },
    status: () => status,
    devices: () => [...tracked.values()],
    flapping,
    rawEvents: () => raw.items(),
    userEvents: () => user.items(),
    rescan,
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    dispose() {
      disposed = true;
      unwatch?.();
      clearInterval(reconcileTimer);
      timers.forEach((t) => clearTimeout(t));
      timers.clear();
      pendingRemoval.clear();
      listeners.clear();
      source.dispose();
    },
    heldTimers: () => timers.size,
  };
}

function fresh(
  device: RawUsbDevice,
  identification: Identification,
): Pick<TrackedDevice, 'key' | 'port' | 'facts' | 'identification'> {
  return { key: device.key, port: device.port, facts: device.facts, identification };
}
