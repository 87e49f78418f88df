import { vidPid } from '../../../../shared/devices/device-catalog';
import type { DeviceRole, Identification, LocalName } from '../../../../shared/devices/device-types';
import type { FlappingDevice, TrackedDevice } from './device-tracker';

/** One device as a USB check's `details` name it (JSON, stable for IT scripts; serials are left out). */
export interface DeviceDetail {
  role: Identification['role'];
  name: LocalName;
  /** Summary params naming this device (see nameParams). */
  names: { device: string; label: string };
  vendor: LocalName | null;
  model: LocalName | null;
  vidPid: string;
  port: string;
  since: string;
  seenAtStart: boolean;
  state: 'present' | 'reconnecting';
  matchedBy: Identification['matchedBy'];
  confidence: Identification['confidence'] | null;
  entryId: string | null;
  adapter: boolean;
  ambiguity: Identification['ambiguity'] | null;
  manufacturer: string | null;
  product: string | null;
}

export interface UnreadableDetail {
  vidPid: string;
  port: string;
  reason: NonNullable<Identification['unknownReason']>;
  error: string | null;
}

export interface FlappingDetail {
  name: LocalName;
  names: { device: string; label: string };
  vidPid: string;
  port: string;
  disconnects: number;
  windowSeconds: number;
}

/**
 * Message params that name a device in the reader's language: built-in catalog entries have
 * i18n keys `usb.device.<entryId>` (shared/i18n/catalogs/usb.ts, generated from the catalog data);
 * anything else shows `label`, its own words (policy names, OS strings, or VID:PID).
 */
export function nameParams(t: Pick<TrackedDevice, 'identification' | 'facts'>): { device: string; label: string } {
  const i = t.identification;
  const name = displayName(i, t.facts);
  const builtIn = i.entryId !== undefined && i.confidence !== 'policy';
  return {
    device: builtIn ? (i.entryId as string) : 'unnamed',
    label: name.zh === name.en ? name.zh : `${name.zh} (${name.en})`,
  };
}

/** `details` of usb.tax-device, usb.printer and usb.card-reader. */
export type UsbCheckDetails = {
  role: DeviceRole;
  required: boolean;
  hotplug: string;
  devices: DeviceDetail[];
  unreadable: UnreadableDetail[];
  flapping: FlappingDetail[];
  /** usb.tax-device only: bank U-shields and CA keys that are connected (never tax devices). */
  securityKeys?: DeviceDetail[];
  error?: string;
};

/** The name users know: catalog vendor + model, else the OS strings, else VID:PID. */
export function displayName(identification: Identification, facts: TrackedDevice['facts']): LocalName {
  const id = vidPid(facts.vid, facts.pid);
  const os = [facts.manufacturer, facts.product].filter(Boolean).join(' ');
  const pick = (lang: 'zh' | 'en'): string =>
    [identification.vendor?.[lang], identification.model?.[lang]].filter(Boolean).join(' ') || os || `USB ${id}`;
  return { zh: pick('zh'), en: pick('en') };
}

export function deviceDetail(t: TrackedDevice): DeviceDetail {
  const i = t.identification;
  return {
    role: i.role,
    name: displayName(i, t.facts),
    names: nameParams(t),
    vendor: i.vendor ?? null,
    model: i.model ?? null,
    vidPid: vidPid(t.facts.vid, t.facts.pid),
    port: t.port,
    since: new Date(t.since).toISOString(),
    seenAtStart: t.seenAtStart,
    state: t.state,
    matchedBy: i.matchedBy,
    confidence: i.confidence ?? null,
    entryId: i.entryId ?? null,
    adapter: i.adapter ?? false,
    ambiguity: i.ambiguity ?? null,
    manufacturer: t.facts.manufacturer ?? null,
    product: t.facts.product ?? null,
  };
}

export function unreadableDetail(t: TrackedDevice): UnreadableDetail {
  return {
    vidPid: vidPid(t.facts.vid, t.facts.pid),
    port: t.port,
    reason: t.identification.unknownReason ?? 'descriptor-unreadable',
    error: t.facts.descriptorError ?? null,
  };
}

export function flappingDetail(f: FlappingDevice, windowSeconds: number): FlappingDetail {
  return {
    name: displayName(f.identification, f.facts),
    names: nameParams(f),
    vidPid: f.vidPid,
    port: f.port,
    disconnects: f.disconnects,
    windowSeconds,
  };
}
