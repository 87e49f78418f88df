import type { MemoryPolicy } from '../../../../shared/policy/memory-policy';
import type { Probe, ProbeOutcome } from '../../probe';
import { sourceProbe, unreadableOutcome } from '../../source-probe';
import type { MemoryInfo, MemorySource } from './memory-source';

const MiB = 1024 * 1024;

/** Pure: memory figures and thresholds to the `memory.available` reading. */
export function evaluateMemory(info: MemoryInfo, policy: MemoryPolicy): ProbeOutcome {
  const availableMiB = Math.floor(info.availableBytes / MiB);
  const totalMiB = Math.floor(info.totalBytes / MiB);
  const pressure = info.pressurePercent;
  const params = { availableMiB, totalMiB, pressure: pressure ?? 0 };
  const details = { availableMiB, totalMiB, pressurePercent: pressure };
  if (availableMiB < policy.faultAvailableMiB)
    return { status: 'fault', summary: { key: 'check.memory.available.low', params }, details };
  if (availableMiB < policy.warnAvailableMiB)
    return { status: 'warning', summary: { key: 'check.memory.available.low', params }, details };
  if (pressure !== null && policy.warnPressurePercent < 100 && pressure > policy.warnPressurePercent)
    return { status: 'warning', summary: { key: 'check.memory.available.pressure', params }, details };
  return { status: 'ok', summary: { key: 'check.memory.available.ok', params }, details };
}

/** `memory.available`: available memory and, on Linux, memory pressure. */
export function memoryProbe(policy: MemoryPolicy, source: MemorySource): Probe {
  return sourceProbe({
    id: 'memory.available',
    area: 'memory',
    intervalMs: policy.intervalSeconds * 1000,
    timeoutMs: 5000,
    read: source,
    evaluate: (read) =>
      read.ok ? evaluateMemory(read, policy) : unreadableOutcome(read, { key: 'check.memory.available.unreadable' }),
  });
}
