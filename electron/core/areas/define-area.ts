import type { z } from 'zod';
import type { Policy } from '../../../shared/policy/policy-schema';
import type { AreaFactory } from '../probe';
import type { ScriptedWorld } from '../scenario/scripted-world';
import type { FilingRecord } from '../../../shared/guides/flow-schema';
import type { UsbArea } from './usb/usb-area';

/**
 * One area as the registry knows it: what it checks and raises (so a test can prove every check has
 * a name and every fault a guide and both languages' texts), the policy section it reads, and how
 * to build it on the real OS or on a practice scenario's scripted sources. Both builds use the same
 * probes and rules; only the sources differ.
 */
export interface AreaModule<Script = unknown> {
  id: string;
  /** The policy section the area reads (`null` for none). */
  policySection: keyof Policy | null;
  /** Check ids the area can report; `family.*` stands for ids made from policy names. */
  checks: readonly string[];
  /** Fault ids its rules can raise. */
  faults: readonly string[];
  /** What `sources.<id>` in a scenario scripts; `{}` parses to a healthy workstation's sources. */
  script: z.ZodType<Script>;
  /** The area on the real OS. */
  real(env: AreaEnvironment): AreaFactory;
  /** The area on scripted sources (practice mode, demos, drills). */
  scripted(world: ScriptedWorld<Script>, env: AreaEnvironment): AreaFactory;
}

/** What areas get from the core's composition root besides their sources. */
export interface AreaEnvironment {
  /** The user's 抄报/清卡 records, kept by the guided flow. */
  filingRecords: () => Readonly<Record<string, FilingRecord>>;
  /** This PC's memory of its tax device (invoicing mode `auto`): when one was first seen here. */
  taxDevice: TaxDeviceMemory;
  /** Told the USB area once it exists: the journal keeps its raw events around each incident. */
  onUsbArea?: (area: UsbArea) => void;
  /** The core's data folder (`--data-dir`, else the per-OS one): where areas keep their state files. */
  dataDir?: string;
}

/** When a tax device was first seen on this PC, remembered across restarts in the data folder. */
export interface TaxDeviceMemory {
  seenAt(): string | undefined;
  /** Records the first sighting; later calls change nothing. */
  noteSeen(): void;
}

/** Declares an area for the registry (areas/registry.ts); the generic keeps each script typed. */
export function defineArea<Script>(module: AreaModule<Script>): AreaModule<Script> {
  return module;
}
