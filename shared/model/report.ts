import type { Translator } from '../i18n/translator';
import type { CheckStatus, Details } from './reading';
import type { FaultCategory, Severity } from './fault';
import type { Overall, Snapshot } from './snapshot';
import type { Verdict } from './verdict';
import type { InvoicingState } from './invoicing';
import { verdictText } from '../i18n/verdict-text';

/**
 * The CLI's `--json` object, version 1. IT scripts parse it, so names and meanings stay stable;
 * new fields may be added, none renamed or removed (docs/cli.md).
 */
export interface CheckReport {
  version: 1;
  overall: Overall;
  checkedAt: string;
  /** Added in 0.2: "can I invoice?" (`yes` / `attention` / `no`), in words, with what to fix first. */
  verdict: Verdict & { text: string };
  /** Added in 0.2: how this PC invoices (`tax-device` / `digital`) and why. */
  invoicing: InvoicingState;
  checks: {
    id: string;
    area: string;
    status: CheckStatus;
    summary: string;
    details: Details;
    /** Added in 0.2: false when the check was not made on purpose (status is then `unknown`, and it counts as nothing). */
    checked: boolean;
    /** Added in 0.2, with `checked: false`: why (not configured, or not possible on this PC). */
    reason?: string;
  }[];
  faults: { id: string; category: FaultCategory; severity: Severity; title: string; guide: string }[];
}

export function buildCheckReport(snapshot: Snapshot, t: Translator): CheckReport {
  return {
    version: 1,
    overall: snapshot.overall,
    checkedAt: snapshot.updatedAt,
    verdict: { ...snapshot.verdict, text: verdictText(snapshot.verdict, t) },
    invoicing: snapshot.invoicing,
    checks: snapshot.checks.map((c) => ({
      id: c.id,
      area: c.area,
      status: c.status,
      summary: t.render(c.summary),
      details: c.details,
      checked: !c.notChecked,
      ...(c.notChecked ? { reason: t.render(c.summary) } : {}),
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
