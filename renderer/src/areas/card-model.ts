import type { Fault, Severity } from '../../../shared/model/fault';
import type { Message, Reading } from '../../../shared/model/reading';
import { isNotNeeded } from '../../../shared/model/not-needed';
import type { Snapshot } from '../../../shared/model/snapshot';
import { toneRank, worseTone, type Tone } from '../components/tone';
import type { TimedMessage } from '../components/timed-message';
import { areaCards, cardFor, otherCard, type AreaCardDefinition } from './area-cards';

/** When a card's state last changed, as this window saw it (see trackCardChanges). */
export type CardHistory = Readonly<Record<string, { tone: Tone; since: string }>>;

/** Which checks a re-check the user asked for is still waiting for. */
export interface RecheckProgress {
  done: number;
  total: number;
  pending: ReadonlySet<string>;
}

export interface CardModel {
  id: string;
  titleKey: string;
  tone: Tone;
  /** The key detail: which device, which printer, which platform failed (a check's own summary). */
  detail: Message;
  /** The check whose summary `detail` is, when it is one. */
  detailCheckId?: string;
  /** The card's own standing lines (the backup card: last good backup, RTO, next run). */
  lines?: TimedMessage[];
  /** "2 more need attention" under the detail, when more than one item is not ok. */
  more?: Message;
  /** "1 not checked" on a card that has other, counted checks. */
  skipped?: Message;
  /** When it changed (seen by this window), since when its fault is open, or when it was last checked. */
  time?: { key: 'ui.card.changedAt' | 'ui.card.faultSince' | 'ui.card.checkedAt'; at: string };
  faults: Fault[];
  checks: Reading[];
  /** A re-check is running and has not reached every check of this card yet. */
  checking: boolean;
}

const faultTone: Record<Severity, Tone> = { critical: 'fault', warning: 'warning', info: 'ok' };

/** Cards a check or fault lands on: by its check ids; a fault naming no known check goes to "other". */
function faultCards(fault: Fault, cards: readonly AreaCardDefinition[], checks: readonly Reading[]): string[] {
  const ids = new Set(
    fault.checkIds.map((id) => cardFor({ id, area: checks.find((c) => c.id === id)?.area }, cards).id),
  );
  return ids.size ? [...ids] : [otherCard.id];
}

/**
 * Pure: one card per area from the snapshot. A card's tone is the worst of its counted checks and
 * its open faults, so the verdict's colour is always that of the worst card (a property test holds
 * this over random snapshots). Cards with nothing checked are grey and say why; a card whose devices
 * this PC does not need (a fully digital PC's tax device) is grey "不需要".
 */
export function cardModels(input: {
  snapshot: Snapshot;
  history?: CardHistory;
  recheck?: RecheckProgress;
  cards?: readonly AreaCardDefinition[];
}): CardModel[] {
  const { snapshot } = input;
  const cards = input.cards ?? areaCards;
  const byCard = new Map<string, { checks: Reading[]; faults: Fault[] }>();
  const slot = (id: string) => {
    let entry = byCard.get(id);
    if (!entry) byCard.set(id, (entry = { checks: [], faults: [] }));
    return entry;
  };
  for (const check of snapshot.checks) slot(cardFor(check, cards).id).checks.push(check);
  for (const fault of snapshot.faults) {
    for (const id of faultCards(fault, cards, snapshot.checks)) slot(id).faults.push(fault);
  }
  const shown = byCard.has(otherCard.id) ? [...cards, otherCard] : cards;
  return shown.map((card) => {
    const { checks, faults } = byCard.get(card.id) ?? { checks: [], faults: [] };
    return cardModel(card, checks, faults, input.history, input.recheck);
  });
}

function cardModel(
  card: AreaCardDefinition,
  checks: Reading[],
  faults: Fault[],
  history: CardHistory | undefined,
  recheck: RecheckProgress | undefined,
): CardModel {
  // Neither a check left out on purpose nor a device this PC does not need counts. A card of
  // devices not needed is grey "不需要"; one whose real check was not made (a printer queue with no
  // print service) is grey "未检查" with that check's reason, never a green tick.
  const counted = checks.filter((c) => !c.notChecked && !isNotNeeded(c));
  const notNeeded = checks.filter(isNotNeeded);
  let tone: Tone =
    counted.length || faults.length
      ? 'ok'
      : checks.length > 0 && notNeeded.length === checks.length
        ? 'not-needed'
        : 'not-checked';
  for (const c of counted) tone = worseTone(tone, c.status);
  for (const f of faults) tone = worseTone(tone, faultTone[f.severity]);

  const troubled = counted.filter((c) => c.status !== 'ok').sort((a, b) => toneRank[b.status] - toneRank[a.status]);
  const worst = troubled[0];
  const lead = counted.find((c) => c.id === card.lead);
  // A card's lead check sums the area up (the network's verdict says "us or them"): it speaks
  // first when it is itself troubled, else the worst check does.
  const leadTroubled = lead && lead.status !== 'ok' ? lead : undefined;
  const speaking: Reading | undefined =
    tone === 'not-checked'
      ? (checks.find((c) => c.notChecked) ?? checks[0])
      : tone === 'not-needed'
        ? notNeeded[0]
        : (leadTroubled ?? worst ?? lead ?? (counted.length === 1 ? counted[0] : undefined));
  const detail: Message = speaking
    ? speaking.summary
    : tone === 'not-checked'
      ? { key: card.emptyKey }
      : faults[0] && !worst
        ? { key: `fault.${faults[0].id}.title` }
        : { key: 'ui.card.allOk', params: { count: counted.length } };
  const others = troubled.length - (worst ? 1 : 0);
  const skipped = tone === 'not-checked' ? 0 : checks.filter((c) => c.notChecked).length;
  const lines = card.lines?.(checks) ?? [];
  const pendingHere = recheck ? checks.filter((c) => recheck.pending.has(c.id)).length : 0;
  return {
    id: card.id,
    titleKey: card.titleKey,
    tone,
    detail,
    ...(speaking ? { detailCheckId: speaking.id } : {}),
    ...(lines.length ? { lines } : {}),
    ...(others > 0 ? { more: { key: 'ui.card.more', params: { count: others } } } : {}),
    ...(skipped > 0 ? { skipped: { key: 'ui.card.skipped', params: { count: skipped } } } : {}),
    ...timeOf(card.id, tone, faults, checks, history),
    faults,
    checks,
    checking: pendingHere > 0,
  };
}

function timeOf(
  id: string,
  tone: Tone,
  faults: readonly Fault[],
  checks: readonly Reading[],
  history: CardHistory | undefined,
): Pick<CardModel, 'time'> {
  const seen = history?.[id];
  if (seen && seen.tone === tone && seen.since) return { time: { key: 'ui.card.changedAt', at: seen.since } };
  const since = faults.map((f) => f.since).sort()[0];
  if (since) return { time: { key: 'ui.card.faultSince', at: since } };
  const checked = checks
    .map((c) => c.checkedAt)
    .filter(Boolean)
    .sort()
    .at(-1);
  return checked ? { time: { key: 'ui.card.checkedAt', at: checked } } : {};
}

/**
 * Pure: remembers when each card's tone changed. A card first seen has no known change time (it
 * shows since when its fault is open, or when it was checked); a tone different from the last one
 * remembered changed at `at`, the snapshot's time.
 */
export function trackCardChanges(
  previous: CardHistory,
  cards: readonly Pick<CardModel, 'id' | 'tone'>[],
  at: string,
): CardHistory {
  const next: Record<string, { tone: Tone; since: string }> = {};
  for (const card of cards) {
    const before = previous[card.id];
    next[card.id] = !before
      ? { tone: card.tone, since: '' }
      : before.tone === card.tone
        ? before
        : { tone: card.tone, since: at };
  }
  return next;
}

/**
 * Pure: how far a re-check is. A check counts as done once its checkedAt differs from the one it
 * had when the re-check started (the core publishes a snapshot as each check finishes).
 */
export function recheckProgress(baseline: Readonly<Record<string, string>>, snapshot: Snapshot): RecheckProgress {
  const ids = Object.keys(baseline);
  const pending = new Set(ids.filter((id) => snapshot.checks.find((c) => c.id === id)?.checkedAt === baseline[id]));
  return { done: ids.length - pending.size, total: ids.length, pending };
}
