import type { Reading } from '../../../shared/model/reading';
import type { Route } from '../store/app-store';
import type { TimedMessage } from '../components/timed-message';
import { backupLead } from './backup-lead';

/**
 * The dashboard's cards: the core's checks grouped the way an accountant knows the workstation
 * (税控设备, 发票打印机, 读卡器, 网络, 电脑, 数据备份, 开票软件). Pure data: an area that lands later
 * only adds or widens an entry here; test/renderer/areas/area-cards.test.ts
 * keeps every check the core declares on exactly one card, so nothing the header counts is hidden.
 */
export interface AreaCardDefinition {
  id: string;
  /** Catalog key of the card's title. */
  titleKey: string;
  /** Check ids on this card: exact ids, or `prefix.*` for a family (`network.*`). */
  checks: readonly string[];
  /** Readings of these core areas belong here too, whatever their id. */
  areas?: readonly string[];
  /** The check whose summary is the card's key detail while all is well (else the worst one speaks). */
  lead?: string;
  /** Lines the card always shows under its detail, from its checks (the backup card's RPO and RTO). */
  lines?: (checks: readonly Reading[]) => TimedMessage[];
  /** Said, grey, when this PC has no check of the card at all. */
  emptyKey: string;
  /** The view that shows the card's checks in full. */
  view: 'network' | 'backup' | 'area';
}

export const areaCards: readonly AreaCardDefinition[] = [
  {
    id: 'tax-device',
    titleKey: 'ui.card.tax-device.title',
    checks: ['usb.tax-device'],
    lead: 'usb.tax-device',
    emptyKey: 'ui.card.empty',
    view: 'area',
  },
  {
    id: 'printer',
    titleKey: 'ui.card.printer.title',
    checks: ['printer.*', 'usb.printer'],
    lead: 'printer.queue',
    emptyKey: 'ui.card.empty',
    view: 'area',
  },
  {
    id: 'card-reader',
    titleKey: 'ui.card.card-reader.title',
    checks: ['usb.card-reader'],
    lead: 'usb.card-reader',
    emptyKey: 'ui.card.empty',
    view: 'area',
  },
  {
    id: 'network',
    titleKey: 'ui.card.network.title',
    checks: ['network.*'],
    lead: 'network.verdict',
    emptyKey: 'ui.card.empty',
    view: 'network',
  },
  {
    id: 'computer',
    titleKey: 'ui.card.computer.title',
    checks: ['disk.*', 'memory.*', 'clock.*', 'system.*', 'security.*'],
    emptyKey: 'ui.card.empty',
    view: 'area',
  },
  {
    id: 'backup',
    titleKey: 'ui.card.backup.title',
    checks: ['backup.*'],
    areas: ['backup'],
    lines: backupLead,
    emptyKey: 'ui.card.backup.empty',
    view: 'backup',
  },
  {
    // 抄报 and 清卡 are done in the invoicing software, so the filing calendar is shown with it.
    id: 'software',
    titleKey: 'ui.card.software.title',
    checks: ['software.*', 'calendar.*'],
    lead: 'software.processes',
    emptyKey: 'ui.card.empty',
    view: 'area',
  },
];

/** Where a check no card claims is shown (a new area before it has its card): never hidden. */
export const otherCard: AreaCardDefinition = {
  id: 'other',
  titleKey: 'ui.card.other.title',
  checks: [],
  emptyKey: 'ui.card.empty',
  view: 'area',
};

function matches(pattern: string, id: string): boolean {
  return pattern.endsWith('.*') ? id.startsWith(pattern.slice(0, -1)) : id === pattern;
}

/** The card a check belongs to: the first whose patterns or areas claim it, else the "other" card. */
export function cardFor(
  check: { id: string; area?: string },
  cards: readonly AreaCardDefinition[] = areaCards,
): AreaCardDefinition {
  return (
    cards.find(
      (card) =>
        card.checks.some((p) => matches(p, check.id)) || (check.area !== undefined && card.areas?.includes(check.area)),
    ) ?? otherCard
  );
}

/** A card by id (including "other"), for the area view's route. */
export function cardById(id: string, cards: readonly AreaCardDefinition[] = areaCards): AreaCardDefinition | undefined {
  return id === otherCard.id ? otherCard : cards.find((c) => c.id === id);
}

/** Where "show" on a card, or on a check the dashboard names, leads: the card's own view, else its area view. */
export function cardRoute(cardId: string, cards: readonly AreaCardDefinition[] = areaCards): Route {
  const view = cardById(cardId, cards)?.view ?? 'area';
  return view === 'area' ? { view, params: { card: cardId } } : { view };
}
