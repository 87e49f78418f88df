import type { Fault } from '../../../shared/model/fault';
import type { Reading } from '../../../shared/model/reading';
import type { Snapshot } from '../../../shared/model/snapshot';
import { cardById } from '../areas/area-cards';
import { cardModels, type CardModel } from '../areas/card-model';
import { toneRank } from '../components/tone';
import { readingTone } from '../components/tone';

export type AreaModel =
  | { kind: 'waiting' }
  | { kind: 'unknown-card' }
  | {
      kind: 'ready';
      card: CardModel;
      faults: Fault[];
      /** Counted checks worst first, then the not-checked ones (grey, with their reason). */
      checks: Reading[];
    };

/** Pure: one area's page: its card's state, its open faults with their guides, every check of it. */
export function areaModel(snapshot: Snapshot | undefined, cardId: string): AreaModel {
  if (!snapshot) return { kind: 'waiting' };
  if (!cardById(cardId)) return { kind: 'unknown-card' };
  const card = cardModels({ snapshot }).find((c) => c.id === cardId);
  if (!card) return { kind: 'unknown-card' };
  const rank = (c: Reading): number => (c.notChecked ? -1 : toneRank[readingTone(c)]);
  const checks = [...card.checks].sort((a, b) => rank(b) - rank(a));
  return { kind: 'ready', card, faults: card.faults, checks };
}
