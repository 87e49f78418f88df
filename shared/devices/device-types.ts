/** What a USB device is for on an invoicing workstation; anything else is `other`. */
export const deviceRoles = ['taxDevice', 'bankKey', 'caKey', 'printer', 'cardReader'] as const;
export type DeviceRole = (typeof deviceRoles)[number];

/**
 * How far a catalog entry can be trusted. Nothing here was checked on real hardware yet:
 * `corroborated` = two independent sources name the same device; `single-source` = one source
 * (a USB-IF vendor-list hit confirms only the vendor, not the device); `weak` = a single,
 * unverified mention; `policy` = IT added it for its own fleet.
 */
export type Confidence = 'corroborated' | 'single-source' | 'weak' | 'policy';

/** A name in both product languages (device names are data, so they live here, not in i18n). */
export interface LocalName {
  zh: string;
  en: string;
}

/** One known device: VID:PID, optionally narrowed by the strings the OS exposes. */
export interface CatalogEntry {
  /** Stable id (kebab-case), shown in details and used to name ambiguity candidates. */
  id: string;
  vid: number;
  pid: number;
  role: DeviceRole;
  vendor: LocalName;
  model: LocalName;
  /**
   * Case-insensitive substrings; when present the entry is one variant of its VID:PID and matches
   * only if each listed field contains one of its substrings.
   */
  match?: { manufacturer?: readonly string[]; product?: readonly string[] };
  /** Shown when this VID:PID cannot be narrowed to one variant: the ids it could be. */
  candidates?: readonly string[];
  /** A USB-to-parallel bridge: the printer sits behind an adapter. */
  adapter?: boolean;
  /** Keys of the source list in usb-devices.json (MB, USBIF, LUI, CCID, PAS, CS, SPD) or `policy`. */
  sources: readonly string[];
  confidence: Confidence;
}

/** What the OS tells us about a connected device without opening it. */
export interface UsbDeviceFacts {
  vid: number;
  pid: number;
  /** bDeviceClass from the device descriptor (0 = defined per interface). */
  deviceClass: number;
  /** bInterfaceClass of every interface of the active configuration; null when it could not be read. */
  interfaceClasses: readonly number[] | null;
  numConfigurations: number;
  /** Strings the OS exposes (sysfs on Linux); undefined when the OS does not expose them. */
  manufacturer?: string;
  product?: string;
  serial?: string;
  /** Why part of the descriptors could not be read, when that happened. */
  descriptorError?: string;
}

export type IdentifiedRole = DeviceRole | 'other' | 'unknown';

/** How a device was recognised; the words users see come from the catalog entry or the OS strings. */
export interface Identification {
  role: IdentifiedRole;
  entryId?: string;
  vendor?: LocalName;
  model?: LocalName;
  matchedBy: 'policy' | 'catalog' | 'catalog+strings' | 'strings' | 'class' | 'none';
  confidence?: Confidence;
  adapter?: boolean;
  /** The VID:PID has variants the available strings cannot tell apart. */
  ambiguity?: { reason: 'no-strings' | 'strings-unmatched'; candidates: string[] };
  /** For role `unknown`: why the device could not be classified. */
  unknownReason?: 'zero-ids' | 'no-configuration' | 'descriptor-unreadable';
}
