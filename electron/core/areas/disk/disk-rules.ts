import type { DiagnosisRule } from '../../probe';

/** `disk.low-space`: critical below the fault threshold (writes start failing), a warning below the warning one. */
export const diskLowSpaceRule: DiagnosisRule = {
  id: 'disk.low-space',
  evaluate(readings) {
    const reading = readings.get('disk.space');
    if (!reading || (reading.status !== 'warning' && reading.status !== 'fault')) return [];
    const { lowestPath, lowestFreeMiB } = reading.details as {
      lowestPath?: string | null;
      lowestFreeMiB?: number | null;
    };
    return [
      {
        id: 'disk.low-space',
        checkIds: [reading.id],
        severity: reading.status === 'fault' ? 'critical' : 'warning',
        evidence: { path: lowestPath ?? '', freeMiB: lowestFreeMiB ?? 0 },
      },
    ];
  },
};

/** `disk.failing`: smartctl says a disk's SMART self-assessment failed. */
export const diskFailingRule: DiagnosisRule = {
  id: 'disk.failing',
  evaluate(readings) {
    const reading = readings.get('disk.smart');
    if (!reading || reading.status !== 'fault') return [];
    const { failing } = reading.details as { failing?: string };
    return [{ id: 'disk.failing', checkIds: [reading.id], evidence: { device: failing ?? '' } }];
  },
};
