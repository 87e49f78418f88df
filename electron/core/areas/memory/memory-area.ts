import type { AreaFactory, DiagnosisRule } from '../../probe';
import { memoryProbe } from './memory-probe';
import { memorySource, type MemorySource } from './memory-source';

/** `memory.low`: critical below the fault threshold, a warning below the warning one or under pressure. */
export const memoryLowRule: DiagnosisRule = {
  id: 'memory.low',
  evaluate(readings) {
    const r = readings.get('memory.available');
    if (!r || (r.status !== 'warning' && r.status !== 'fault')) return [];
    const { availableMiB, pressurePercent } = r.details as { availableMiB?: number; pressurePercent?: number | null };
    return [
      {
        id: 'memory.low',
        checkIds: [r.id],
        severity: r.status === 'fault' ? 'critical' : 'warning',
        evidence: { availableMiB: availableMiB ?? 0, pressurePercent: pressurePercent ?? 0 },
      },
    ];
  },
};

export interface MemorySources {
  memory: MemorySource;
}

/** Available memory; the source is the OS's unless given (tests, practice mode). */
export function memoryArea(sources: Partial<MemorySources> = {}): AreaFactory {
  return ({ policy, platform }) => {
    if (!policy.memory.enabled) return { probes: [], rules: [] };
    return { probes: [memoryProbe(policy.memory, sources.memory ?? memorySource(platform))], rules: [memoryLowRule] };
  };
}
