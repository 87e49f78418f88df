import type { DiskPolicy } from '../../../../shared/policy/disk-policy';
import type { Probe, ProbeOutcome } from '../../probe';
import { sourceProbe, unreadableOutcome } from '../../source-probe';
import type { SmartRead, SmartSource } from './smart-source';

/** Pure: what smartctl said to the `disk.smart` reading. */
export function evaluateSmart(read: SmartRead): ProbeOutcome {
  if (!read.ok) {
    const key =
      read.problem === 'tool-missing'
        ? 'check.disk.smart.toolMissing'
        : read.problem === 'not-available'
          ? 'check.disk.smart.noDisks'
          : 'check.disk.smart.unreadable';
    return unreadableOutcome(read, { key });
  }
  const disks = read.disks;
  const failing = disks.find((d) => d.passed === false);
  const passed = disks.filter((d) => d.passed === true);
  if (failing)
    return {
      status: 'fault',
      summary: {
        key: 'check.disk.smart.failing',
        params: { device: failing.model ? `${failing.device} (${failing.model})` : failing.device },
      },
      details: { disks, failing: failing.device },
    };
  if (passed.length === 0)
    return {
      status: 'unknown',
      summary: { key: 'check.disk.smart.noDisks' },
      details: { disks, error: 'not-available', reason: disks[0]?.reason ?? '' },
    };
  // Disks that cannot answer (USB sticks, card readers) beside healthy ones are no reason to worry.
  return {
    status: 'ok',
    summary: { key: 'check.disk.smart.ok', params: { count: passed.length } },
    details: { disks },
  };
}

/** `disk.smart`: SMART overall health of every disk, where smartctl exists. Runs rarely (default 6 h). */
export function diskSmartProbe(policy: DiskPolicy, source: SmartSource): Probe {
  return sourceProbe({
    id: 'disk.smart',
    area: 'disk',
    intervalMs: policy.smartIntervalSeconds * 1000,
    timeoutMs: 40_000,
    read: source,
    evaluate: evaluateSmart,
    required: policy.smart === true,
  });
}
