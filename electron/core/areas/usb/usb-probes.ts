import type { DeviceRole, IdentifiedRole } from '../../../../shared/devices/device-types';
import type { Message } from '../../../../shared/model/reading';
import type { DevicesPolicy } from '../../../../shared/policy/devices-policy';
import type { Probe, ProbeOutcome } from '../../probe';
import type { DeviceTracker, TrackerStatus } from './device-tracker';
import { deviceDetail, flappingDetail, unreadableDetail, type DeviceDetail, type UsbCheckDetails } from './usb-details';

/** The three USB checks: which role each looks for and which other roles' flapping it reports. */
export const usbChecks = [
  {
    id: 'usb.tax-device',
    keyPart: 'tax-device',
    role: 'taxDevice',
    watches: ['taxDevice', 'bankKey', 'caKey', 'unknown'],
  },
  { id: 'usb.printer', keyPart: 'printer', role: 'printer', watches: ['printer'] },
  { id: 'usb.card-reader', keyPart: 'card-reader', role: 'cardReader', watches: ['cardReader'] },
] as const satisfies readonly { id: string; keyPart: string; role: DeviceRole; watches: readonly IdentifiedRole[] }[];
export type UsbCheckSpec = (typeof usbChecks)[number];

/**
 * One USB check over the shared tracker. `run` only reads the tracker's state (no I/O), and
 * `watch` re-runs it on every hotplug change, which is how a plug shows within milliseconds.
 */
export function usbRoleProbe(
  spec: UsbCheckSpec,
  tracker: DeviceTracker,
  ready: Promise<TrackerStatus>,
  policy: DevicesPolicy,
  /** Whether this PC needs a device of the role now (the tax device follows the invoicing mode). */
  required: (role: UsbCheckSpec['role']) => boolean = (role) => policy.require[role] === true,
  /** Told whenever a device of the role is connected (the tax device's memory for mode `auto`). */
  onFound: (role: UsbCheckSpec['role']) => void = () => {},
): Probe {
  return {
    id: spec.id,
    area: 'usb',
    // Hotplug drives re-runs; the interval only refreshes "since"-style details and is cheap.
    intervalMs: policy.reconcileSeconds * 1000,
    timeoutMs: 5_000,
    async run() {
      await ready;
      const outcome = evaluate(spec, tracker, policy, required(spec.role));
      if ((outcome.details as Partial<UsbCheckDetails>).devices?.length) onFound(spec.role);
      return outcome;
    },
    watch: (onChange) => tracker.subscribe(onChange),
  };
}

/** Pure over the tracker's current state: the reading for one USB check. */
export function evaluate(
  spec: UsbCheckSpec,
  tracker: DeviceTracker,
  policy: DevicesPolicy,
  required: boolean = policy.require[spec.role] === true,
): ProbeOutcome {
  const status = tracker.status();
  const base = { role: spec.role, required, hotplug: status.mode };
  if (status.mode === 'unavailable' || status.mode === 'starting') {
    const reason = status.reason ?? status.mode;
    const details: UsbCheckDetails = { ...base, devices: [], unreadable: [], flapping: [], error: reason };
    return { status: 'unknown', summary: { key: 'check.usb.unavailable' }, details };
  }
  const all = tracker.devices();
  const mine = all.filter((t) => t.identification.role === spec.role).sort((a, b) => a.port.localeCompare(b.port));
  const unreadable = all.filter((t) => t.identification.role === 'unknown');
  const watched: readonly IdentifiedRole[] = spec.watches;
  const flapping = tracker
    .flapping()
    .filter((f) => watched.includes(f.identification.role))
    .map((f) => flappingDetail(f, policy.flapping.windowSeconds));
  const devices = mine.map(deviceDetail);
  const details: UsbCheckDetails = {
    ...base,
    devices,
    unreadable: unreadable.map(unreadableDetail),
    flapping,
  };
  const keys = all.filter((t) => t.identification.role === 'bankKey' || t.identification.role === 'caKey');
  if (spec.role === 'taxDevice') details.securityKeys = keys.map(deviceDetail);
  const key = (suffix: string): string => `check.usb.${spec.keyPart}.${suffix}`;

  if (devices.length) {
    const first = devices[0] as DeviceDetail;
    const reconnecting = devices.find((d) => d.state === 'reconnecting');
    const worstFlap = flapping[0];
    if (worstFlap) return { status: 'warning', summary: flappingSummary(worstFlap), details };
    if (reconnecting)
      return {
        status: 'ok',
        summary: {
          key: 'check.usb.reconnecting',
          params: { ...reconnecting.names, seconds: policy.debounceMs / 1000 },
        },
        details,
      };
    if (spec.role === 'taxDevice' && devices.length > 1)
      return {
        status: 'warning',
        summary: { key: key('multiple'), params: { count: devices.length, where: devices.map(where).join(', ') } },
        details,
      };
    if (devices.length > 1)
      return {
        status: 'ok',
        summary: { key: 'check.usb.found-several', params: { count: devices.length, ...first.names } },
        details,
      };
    const found = spec.role === 'printer' && first.adapter ? key('found-adapter') : key('found');
    return {
      status: 'ok',
      summary: { key: found, params: { ...first.names, vidPid: first.vidPid, port: first.port } },
      details,
    };
  }
  if (!required) return { status: 'ok', summary: { key: key('not-required') }, details };
  const odd = details.unreadable[0];
  if (odd)
    return {
      status: 'unknown',
      summary: { key: `check.usb.unreadable.${odd.reason}`, params: { vidPid: odd.vidPid, port: odd.port } },
      details,
    };
  const bankKey = details.securityKeys?.[0];
  if (bankKey)
    return {
      status: 'fault',
      summary: {
        key: key('bank-key-instead'),
        params: { ...bankKey.names, vidPid: bankKey.vidPid },
      },
      details,
    };
  return { status: 'fault', summary: { key: key('missing') }, details };
}

/** `101d:0003 @ 1-1`: language-neutral, so lists of devices need no per-language joining. */
function where(d: DeviceDetail): string {
  return `${d.vidPid} @ ${d.port}`;
}

function flappingSummary(f: UsbCheckDetails['flapping'][number]): Message {
  return {
    key: 'check.usb.flapping',
    params: { ...f.names, disconnects: f.disconnects, windowSeconds: f.windowSeconds },
  };
}
