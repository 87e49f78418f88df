import { z } from 'zod';
import { checkStatusSchema, readingSchema, worstStatus, type CheckStatus, type Reading } from './reading';
import { faultSchema } from './fault';
import { policyStatusSchema } from '../policy/policy-status';

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
  })
  .strict();
export type Snapshot = z.infer<typeof snapshotSchema>;

/** Overall state from the checks: any fault is a fault; a warning or a check that could not run is a warning. */
export function overallOf(checks: readonly Pick<Reading, 'status'>[]): Overall {
  const worst = checks.reduce<CheckStatus>((acc, c) => worstStatus(acc, c.status), 'ok');
  return worst === 'unknown' ? 'warning' : worst;
}

export { checkStatusSchema };
