import type { Fault } from '../../../shared/model/fault';
import type { Message } from '../../../shared/model/reading';
import type { Snapshot } from '../../../shared/model/snapshot';
import type { Verdict } from '../../../shared/model/verdict';
import type { CoreStatus } from '../../../shared/protocol/contract';
import { cardFor } from '../areas/area-cards';
import { cardModels, type CardHistory, type CardModel, type RecheckProgress } from '../areas/card-model';
import { verdictTone } from '../components/tone';

/** The verdict banner: the snapshot's one answer, and what stands in the way first. */
export interface VerdictModel {
  tone: 'ok' | 'warning' | 'fault';
  verdict: Verdict;
  /** The fault to fix first, with its guide; or the check behind the state when no fault names it. */
  first?: { kind: 'fault'; fault: Fault } | { kind: 'check'; checkId: string; cardId: string };
  /** The other open faults, most severe first, with less weight. */
  others: Fault[];
  updatedAt: string;
}

export type DashboardModel =
  { kind: 'waiting'; message: Message } | { kind: 'ready'; verdict: VerdictModel; cards: CardModel[] };

/** Pure: the verdict banner from the snapshot (its verdict, never recomputed here). */
export function verdictModel(snapshot: Snapshot): VerdictModel {
  const { verdict } = snapshot;
  const fault = verdict.faultId ? snapshot.faults.find((f) => f.id === verdict.faultId) : undefined;
  const check = !fault && verdict.checkId ? snapshot.checks.find((c) => c.id === verdict.checkId) : undefined;
  return {
    tone: verdictTone(verdict),
    verdict,
    ...(fault
      ? { first: { kind: 'fault' as const, fault } }
      : check
        ? { first: { kind: 'check' as const, checkId: check.id, cardId: cardFor(check).id } }
        : {}),
    others: snapshot.faults.filter((f) => f !== fault),
    updatedAt: snapshot.updatedAt,
  };
}

/**
 * What the dashboard shows: the verdict and one card per area for the latest snapshot (kept while
 * the core restarts, so the last known state stays readable), or why there is none yet.
 */
export function dashboardModel(input: {
  snapshot?: Snapshot;
  coreStatus?: CoreStatus;
  history?: CardHistory;
  recheck?: RecheckProgress;
}): DashboardModel {
  const { snapshot } = input;
  if (!snapshot) {
    const restarting = input.coreStatus?.state === 'restarting';
    return { kind: 'waiting', message: { key: restarting ? 'ui.waitingForCore' : 'ui.connecting' } };
  }
  return {
    kind: 'ready',
    verdict: verdictModel(snapshot),
    cards: cardModels({
      snapshot,
      ...(input.history ? { history: input.history } : {}),
      ...(input.recheck ? { recheck: input.recheck } : {}),
    }),
  };
}
