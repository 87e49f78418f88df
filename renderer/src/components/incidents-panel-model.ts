import type { IncidentOverview } from '../../../shared/journal/journal-protocol';
import type { Message } from '../../../shared/model/reading';
import { faultTitleKey } from './fault-title';

export interface IncidentsPanelModel {
  /** A drill's journal lines, not the workstation's: said beside the heading. */
  practice: boolean;
  count: Message;
  open: { id: string; titleKey: string; since: string }[];
  /** "上次问题：…" when it is not among the open ones, with the time formatted by the view. */
  last?: { titleKey: string; at: string; statusKey: string };
}

/** The dashboard's line from the journal: open incidents and the last problem (none before the first answer). */
export function incidentsPanelModel(
  overview: IncidentOverview | undefined,
  has: (key: string) => boolean,
): IncidentsPanelModel | undefined {
  if (!overview) return undefined;
  const { last } = overview;
  return {
    practice: overview.practice,
    count: overview.open.length
      ? { key: 'ui.incidents.openCount', params: { count: overview.open.length } }
      : { key: 'ui.incidents.noneOpen' },
    open: overview.open.map((i) => ({ id: i.id, titleKey: faultTitleKey(i.faultId, has), since: i.openedAt })),
    // The last problem still open is already in the list above: the line is for the one before.
    ...(last && !overview.open.some((i) => i.id === last.id)
      ? {
          last: {
            titleKey: faultTitleKey(last.faultId, has),
            at: last.openedAt,
            statusKey: `journal.status.${last.status}`,
          },
        }
      : {}),
  };
}
