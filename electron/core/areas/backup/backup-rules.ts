import type { Severity } from '../../../../shared/model/fault';
import type { DiagnosisRule } from '../../probe';

/** The backup area's checks; each reading names the fault it raises in `details.fault`. */
export const backupCheckIds = [
  'backup.freshness',
  'backup.last-run',
  'backup.verification',
  'backup.destination',
  'backup.drill',
  'backup.sources',
] as const;

/** One fault per backup reading that names one (`backup.stale`, `backup.failed`, `data.lost`...). */
export const backupRule: DiagnosisRule = {
  id: 'backup.checks',
  evaluate(readings) {
    return backupCheckIds.flatMap((id) => {
      const reading = readings.get(id);
      const details = reading?.details as { fault?: unknown; severity?: unknown; configured?: unknown } | undefined;
      if (!reading || reading.status === 'ok' || typeof details?.fault !== 'string') return [];
      return [
        {
          id: details.fault,
          checkIds: [id],
          ...(typeof details.severity === 'string' ? { severity: details.severity as Severity } : {}),
          evidence: evidenceOf(reading.summary.params ?? {}),
        },
      ];
    });
  },
};

function evidenceOf(params: Record<string, string | number | boolean>): Record<string, string | number | boolean> {
  return Object.fromEntries(Object.entries(params).slice(0, 8));
}
