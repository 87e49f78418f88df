import type { Snapshot } from '../model/snapshot';
import type { Policy } from '../policy/policy-schema';
import type { PolicyStatus } from '../policy/policy-status';

/** Facts about this computer and the running programs, gathered by the core (node:os, process.versions). */
export interface HostFacts {
  platform: string;
  release: string;
  osVersion: string;
  arch: string;
  hostname: string;
  /** Locale and time zone of the PC, as the core sees them. */
  locale: string;
  timeZone: string;
  uptimeSeconds: number;
  totalMemMiB: number;
  cpus: number;
  versions: { app: string; node: string; electron?: string; chrome?: string; v8: string };
}

interface CheckLine {
  id: string;
  status: string;
  summary: { key: string; params?: Record<string, string | number | boolean> };
  details: Record<string, unknown>;
  checkedAt: string;
}

/** The "system summary" of a support bundle: what a support desk asks first, in one object. */
export interface SystemSummary {
  version: 1;
  host: HostFacts;
  overall: Snapshot['overall'];
  simulated: boolean;
  /** Per area, every check's reading: devices (usb), printers, network verdicts, disk, system... */
  areas: Record<string, CheckLine[]>;
  faults: Snapshot['faults'];
  policy: { status: PolicyStatus; inForce: Policy };
}

/**
 * Assembles the system summary from the snapshot, the policy in force and the host facts (pure).
 * The result still holds whatever the policy holds: the bundle redacts it before writing.
 */
export function buildSystemSummary(
  snapshot: Snapshot,
  policy: Policy,
  status: PolicyStatus,
  host: HostFacts,
): SystemSummary {
  const areas: Record<string, CheckLine[]> = {};
  for (const c of snapshot.checks) {
    (areas[c.area] ??= []).push({
      id: c.id,
      status: c.status,
      summary: c.summary,
      details: c.details,
      checkedAt: c.checkedAt,
    });
  }
  return {
    version: 1,
    host,
    overall: snapshot.overall,
    simulated: snapshot.simulated,
    areas,
    faults: snapshot.faults,
    policy: { status, inForce: policy },
  };
}
