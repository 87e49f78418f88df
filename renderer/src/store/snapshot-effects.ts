import type { Snapshot } from '../../../shared/model/snapshot';
import type { Verdict } from '../../../shared/model/verdict';
import { cardModels, trackCardChanges, type CardHistory } from '../areas/card-model';

/** What the live region says: the verdict changed, or a re-check the user asked for finished. */
export interface Announcement {
  /** Counts up, so the same words said twice are announced twice. */
  seq: number;
  kind: 'changed' | 'rechecked';
  verdict: Verdict;
}

/** Whether two verdicts say something different (the answer, or what to fix first). */
export function verdictChanged(before: Verdict | undefined, after: Verdict): boolean {
  return (
    before !== undefined &&
    (before.canInvoice !== after.canInvoice || before.faultId !== after.faultId || before.checkId !== after.checkId)
  );
}

/**
 * Pure: what a new snapshot changes beside itself: when each card changed, and an announcement
 * when the verdict says something new (not for the first snapshot of a window: nothing changed).
 */
export function afterSnapshot(
  previous: { snapshot?: Snapshot; cardHistory: CardHistory; announcement?: Announcement },
  next: Snapshot,
): { cardHistory: CardHistory; announcement?: Announcement } {
  const cardHistory = trackCardChanges(previous.cardHistory, cardModels({ snapshot: next }), next.updatedAt);
  if (!verdictChanged(previous.snapshot?.verdict, next.verdict)) return { cardHistory };
  const seq = (previous.announcement?.seq ?? 0) + 1;
  return { cardHistory, announcement: { seq, kind: 'changed', verdict: next.verdict } };
}
