import { z } from 'zod';
import { checkStatusSchema, counts, readingSchema, worstStatus, type CheckStatus, type Reading } from './reading';
import { faultSchema, type Fault, type Severity } from './fault';
import { policyStatusSchema } from '../policy/policy-status';
import { verdictOf, verdictSchema } from './verdict';
import { invoicingStateSchema } from './invoicing';

export const overallSchema = z.enum(['ok', 'warning', 'fault']);
export type Overall = z.infer<typeof overallSchema>;

/** Everything the UI, tray and CLI need to show the state of the workstation at one moment. */
export const snapshotSchema = z
  .object({
    overall: overallSchema,
    checks: z.array(readingSchema),
    faults: z.array(faultSchema),
    policy: policyStatusSchema,
    /** True while a scenario drives the sources (practice mode): never real data. */
    simulated: z.boolean(),
    updatedAt: z.string(),
    /** "Can I invoice?" in one answer, the same for the dashboard, tray, readiness and CLI. */
    verdict: verdictSchema,
    /** How this PC invoices (with a tax device, or fully digital) and why the core thinks so. */
    invoicing: invoicingStateSchema,
  })
  .strict();
export type Snapshot = z.infer<typeof snapshotSchema>;

const faultStatus: Record<Severity, CheckStatus> = { critical: 'fault', warning: 'warning', info: 'ok' };

/**
 * The overall state: the worst of every check that counts and every open fault (a critical fault
 * is a fault, a warning fault a warning), so the header is never greener than the worst item
 * shown. A check that should have been readable and is not (`unknown`) is a warning; a check that
 * was not made on purpose (`notChecked`) counts as nothing.
 */
export function overallOf(
  checks: readonly Pick<Reading, 'status' | 'notChecked'>[],
  faults: readonly Pick<Fault, 'severity'>[] = [],
): Overall {
  const fromChecks = checks.filter(counts).reduce<CheckStatus>((acc, c) => worstStatus(acc, c.status), 'ok');
  const worst = faults.reduce<CheckStatus>((acc, f) => worstStatus(acc, faultStatus[f.severity]), fromChecks);
  return worst === 'unknown' ? 'warning' : worst;
}

export { checkStatusSchema };

/** A snapshot from its parts, with the overall state and the verdict derived the one way. */
export function composeSnapshot(parts: Omit<Snapshot, 'overall' | 'verdict'>): Snapshot {
  const overall = overallOf(parts.checks, parts.faults);
  return { ...parts, overall, verdict: verdictOf(overall, parts.checks, parts.faults) };
}
