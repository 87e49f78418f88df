import type { DiagnosisRule } from '../../probe';

/** `clock.offset`: a warning past the policy's max offset, critical past the fault offset. */
export const clockOffsetRule: DiagnosisRule = {
  id: 'clock.offset',
  evaluate(readings) {
    const r = readings.get('clock.offset');
    if (!r || (r.status !== 'warning' && r.status !== 'fault')) return [];
    const { offsetSeconds, server } = r.details as { offsetSeconds?: number; server?: string };
    return [
      {
        id: 'clock.offset',
        checkIds: [r.id],
        severity: r.status === 'fault' ? 'critical' : 'warning',
        evidence: { offsetSeconds: offsetSeconds ?? 0, server: server ?? '' },
      },
    ];
  },
};

/** `clock.timezone`: the machine is not in the zone the policy expects. */
export const timeZoneRule: DiagnosisRule = {
  id: 'clock.timezone',
  evaluate(readings) {
    const r = readings.get('clock.timezone');
    if (!r || r.status !== 'warning') return [];
    const { zone, expected } = r.details as { zone?: string; expected?: string };
    return [{ id: 'clock.timezone', checkIds: [r.id], evidence: { zone: zone ?? '', expected: expected ?? '' } }];
  },
};
