import { z } from 'zod';
import type { Fault } from './fault';
import type { Reading } from './reading';

/**
 * The one answer to "can I invoice?": `yes` (可以开票), `attention` (可以开票，但有需要注意的地方),
 * `no` (现在不能开票), with what stands in the way first: the most severe open fault, or the check
 * behind the state when no fault names it.
 */
export const verdictSchema = z
  .object({
    canInvoice: z.enum(['yes', 'attention', 'no']),
    /** The fault to fix first (faults are sorted most severe first). */
    faultId: z.string().optional(),
    guide: z.string().optional(),
    /** The worst check, when no open fault explains the state. */
    checkId: z.string().optional(),
  })
  .strict();
export type Verdict = z.infer<typeof verdictSchema>;

const answer = { ok: 'yes', warning: 'attention', fault: 'no' } as const;

/** Pure: the verdict for an overall state, its checks and its faults (most severe first). */
export function verdictOf(
  overall: 'ok' | 'warning' | 'fault',
  checks: readonly Pick<Reading, 'id' | 'status' | 'notChecked'>[],
  faults: readonly Pick<Fault, 'id' | 'guide'>[],
): Verdict {
  const canInvoice = answer[overall];
  if (canInvoice === 'yes') return { canInvoice };
  const first = faults[0];
  if (first) return { canInvoice, faultId: first.id, guide: first.guide };
  const wanted = overall === 'fault' ? ['fault'] : ['warning', 'unknown'];
  const check = checks.find((c) => c.notChecked !== true && wanted.includes(c.status));
  return check ? { canInvoice, checkId: check.id } : { canInvoice };
}
