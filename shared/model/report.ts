import type { Translator } from '../i18n/translator';
import type { CheckStatus, Details } from './reading';
import type { FaultCategory, Severity } from './fault';
import type { Overall, Snapshot } from './snapshot';

/**
 * The CLI's `--json` object, version 1. IT scripts parse it, so names and meanings stay stable;
 * new fields may be added, none renamed or removed (docs/cli.md).
 */
export interface CheckReport {
  version: 1;
  overall: Overall;
  checkedAt: string;
  checks: { id: string; area: string; status: CheckStatus; summary: string; details: Details }[];
  faults: { id: string; category: FaultCategory; severity: Severity; title: string; guide: string }[];
}

export function buildCheckReport(snapshot: Snapshot, t: Translator): CheckReport {
  return {
    version: 1,
    overall: snapshot.overall,
    checkedAt: snapshot.updatedAt,
    checks: snapshot.checks.map((c) => ({
      id: c.id,
      area: c.area,
      status: c.status,
      summary: t.render(c.summary),
      details: c.details,
    })),
    faults: snapshot.faults.map((f) => ({
      id: f.id,
      category: f.category,
      severity: f.severity,
      title: t.t(`fault.${f.id}.title`),
      guide: f.guide,
    })),
  };
}

/** Monitoring-plugin exit codes (Nagios convention): 0 ok, 1 warning, 2 fault; 3 is for "could not run". */
export function exitCodeFor(overall: Overall): 0 | 1 | 2 {
  return overall === 'ok' ? 0 : overall === 'warning' ? 1 : 2;
}
export const exitCouldNotRun = 3;
