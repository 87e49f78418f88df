import type { Incident, IncidentSummary, IncidentStatus } from '../../../shared/journal/incident';
import type { IncidentQueryInput } from '../../../shared/journal/incident-query';
import type { IncidentList, JournalStatus } from '../../../shared/journal/journal-protocol';
import type { FaultCategory } from '../../../shared/model/fault';
import type { Message, Reading } from '../../../shared/model/reading';
import type { RequestFailure } from '../requests/request-failure';
import type { Translator } from '../../../shared/i18n/translator';
import { faultTitleKey } from '../components/fault-title';

/**
 * A message with parts that are messages themselves (a ticket's state, the journal's reason):
 * rendered first and passed in as parameters, because a parameter holding `$t(…)` switches
 * nesting off (format-message.ts) and would show the raw key.
 */
export interface RichMessage extends Message {
  nested?: Record<string, Message>;
}

export function renderRich(t: Translator, m: RichMessage): string {
  const inner = Object.fromEntries(Object.entries(m.nested ?? {}).map(([name, part]) => [name, t.render(part)]));
  return t.t(m.key, { ...m.params, ...inner });
}

/** The History view's filters, as the user sets them. */
export interface HistoryFilter {
  range: HistoryRange;
  category: FaultCategory | 'all';
  status: IncidentStatus | 'all';
  /** Drills are listed apart from real problems, never mixed (the journal keeps them apart too). */
  practice: boolean;
}
export const historyRanges = ['day', 'week', 'month', 'all'] as const;
export type HistoryRange = (typeof historyRanges)[number];
export const faultCategories: readonly FaultCategory[] = ['hardware', 'software', 'network', 'data'];

export const defaultFilter: HistoryFilter = { range: 'week', category: 'all', status: 'all', practice: false };

const rangeDays: Record<Exclude<HistoryRange, 'all'>, number> = { day: 1, week: 7, month: 30 };

/** The journal query for the filters (a range counts back from `now`: incidents open at any moment in it). */
export function historyQuery(filter: HistoryFilter, now: number): IncidentQueryInput {
  return {
    practice: filter.practice,
    ...(filter.range !== 'all' ? { since: new Date(now - rangeDays[filter.range] * 86_400_000).toISOString() } : {}),
    ...(filter.category !== 'all' ? { category: filter.category } : {}),
    ...(filter.status !== 'all' ? { status: filter.status } : {}),
  };
}

export interface TimelineRow {
  id: string;
  titleKey: string;
  severityKey: string;
  categoryKey: string;
  statusKey: string;
  open: boolean;
  practice: boolean;
  openedAt: string;
  closedAt?: string;
  /** Whole minutes it lasted (until now while open); 0 means under a minute. */
  minutes: number;
  notes: number;
  lastNote?: string;
  selected: boolean;
}

export function minutesBetween(from: string, to: string | number): number {
  const end = typeof to === 'number' ? to : Date.parse(to);
  return Math.max(0, Math.floor((end - Date.parse(from)) / 60_000));
}

/** One row per incident, newest first as the journal answers. */
export function timelineRows(
  incidents: readonly IncidentSummary[],
  input: { selected?: string; now: number; has: (key: string) => boolean },
): TimelineRow[] {
  return incidents.map((i) => ({
    id: i.id,
    titleKey: faultTitleKey(i.faultId, input.has),
    severityKey: `severity.${i.severity}`,
    categoryKey: `category.${i.category}`,
    statusKey: `journal.status.${i.status}`,
    open: i.status === 'open',
    practice: i.practice,
    openedAt: i.openedAt,
    ...(i.closedAt ? { closedAt: i.closedAt } : {}),
    minutes: minutesBetween(i.openedAt, i.closedAt ?? input.now),
    notes: i.notes,
    ...(i.lastNote !== undefined ? { lastNote: i.lastNote } : {}),
    selected: i.id === input.selected,
  }));
}

export type ListState =
  | { kind: 'loading' }
  | { kind: 'failed'; failure: RequestFailure }
  | { kind: 'empty'; key: string }
  | { kind: 'ready'; rows: TimelineRow[]; truncated?: Message; skipped?: Message };

/** What the list shows: waiting, the failure, "nothing in this period", or the rows with warnings. */
export function listState(input: {
  list?: IncidentList;
  failure?: RequestFailure;
  filter: HistoryFilter;
  selected?: string;
  now: number;
  has: (key: string) => boolean;
}): ListState {
  if (input.failure && !input.list) return { kind: 'failed', failure: input.failure };
  if (!input.list) return { kind: 'loading' };
  const { list } = input;
  if (!list.incidents.length) {
    return { kind: 'empty', key: input.filter.practice ? 'ui.history.emptyPractice' : 'ui.history.empty' };
  }
  return {
    kind: 'ready',
    rows: timelineRows(list.incidents, input),
    ...(list.truncated ? { truncated: { key: 'ui.history.truncated', params: { count: list.incidents.length } } } : {}),
    ...(list.skipped > 0 ? { skipped: { key: 'journal.skipped', params: { count: list.skipped } } } : {}),
  };
}

/**
 * The banner when the journal cannot save: its own reason (journal.error.*, with the folder) when
 * it gave one, else the mode in words; nothing while it writes or is still opening. An unforeseen
 * error's reason is the OS's own text, usually English: it goes to the "for IT" fold instead.
 */
export function journalBanner(status: JournalStatus | undefined): { message: Message; detail?: string } | undefined {
  if (!status || status.mode === 'writing' || status.mode === 'starting') return undefined;
  const error = status.error;
  if (error && error.key !== 'journal.error.other') return { message: error };
  const detail = error?.params?.reason;
  return {
    message: { key: `journal.mode.${status.mode}` },
    ...(detail !== undefined ? { detail: String(detail) } : {}),
  };
}

/** One line of an incident's timeline, in time order. */
export interface TimelineEvent {
  at: string;
  kind: 'opened' | 'closed' | 'code' | 'step' | 'recheck' | 'note' | 'ticket';
  message: RichMessage;
}

const closedKey: Record<NonNullable<Incident['closedHow']>, string> = {
  cleared: 'ui.history.event.closed',
  'check-removed': 'ui.history.event.checkRemoved',
  'practice-ended': 'ui.history.event.practiceEnded',
};

/** Everything that happened to one incident, oldest first (ties keep the order of the kinds). */
export function incidentEvents(incident: Incident): TimelineEvent[] {
  const events: TimelineEvent[] = [
    { at: incident.openedAt, kind: 'opened', message: { key: 'ui.history.event.opened' } },
  ];
  for (const c of incident.codes) {
    events.push({
      at: c.at,
      kind: 'code',
      message: c.code
        ? { key: 'ui.history.event.code', params: { code: c.code } }
        : { key: 'ui.history.event.codeUnknown', params: { text: c.text } },
    });
  }
  for (const s of incident.steps) {
    events.push({
      at: s.at,
      kind: 'step',
      message: { key: s.done ? 'ui.history.event.stepDone' : 'ui.history.event.stepUndone', params: { step: s.step } },
    });
  }
  for (const r of incident.rechecks) {
    events.push({
      at: r.at,
      kind: 'recheck',
      message: {
        key: r.worked ? 'ui.history.event.recheckWorked' : 'ui.history.event.recheckFailed',
        params: { step: r.step },
      },
    });
  }
  for (const n of incident.notes) {
    events.push({ at: n.at, kind: 'note', message: { key: 'ui.history.event.note', params: { text: n.text } } });
  }
  for (const tk of incident.tickets) {
    events.push({
      at: tk.at,
      kind: 'ticket',
      message: { key: 'ui.history.event.ticket', nested: { state: { key: `ui.support.ticket.${tk.state}` } } },
    });
  }
  if (incident.closedAt) {
    events.push({
      at: incident.closedAt,
      kind: 'closed',
      message: { key: closedKey[incident.closedHow ?? 'cleared'] },
    });
  }
  // A stable sort: same-moment records keep opened first and closed last.
  return events
    .map((e, i) => ({ e, i }))
    .sort((a, b) => Date.parse(a.e.at) - Date.parse(b.e.at) || a.i - b.i)
    .map(({ e }) => e);
}

export interface IncidentDetail {
  id: string;
  faultId: string;
  titleKey: string;
  explainKey?: string;
  guide: string;
  facts: { labelKey: string; value: Message | { time: string } }[];
  events: TimelineEvent[];
  readingsAtOpen: Reading[];
  readingsAtClose: Reading[];
  open: boolean;
  practice: boolean;
}

/** One incident's details: the facts people read, its timeline, the readings at both ends. */
export function incidentDetail(incident: Incident, has: (key: string) => boolean): IncidentDetail {
  const explainKey = `fault.${incident.faultId}.explain`;
  return {
    id: incident.id,
    faultId: incident.faultId,
    titleKey: faultTitleKey(incident.faultId, has),
    ...(has(explainKey) ? { explainKey } : {}),
    guide: incident.guide,
    facts: [
      { labelKey: 'ui.history.facts.category', value: { key: `category.${incident.category}` } },
      { labelKey: 'ui.history.facts.severity', value: { key: `severity.${incident.severity}` } },
      { labelKey: 'ui.history.facts.status', value: { key: `journal.status.${incident.status}` } },
      { labelKey: 'ui.history.facts.started', value: { time: incident.openedAt } },
      ...(incident.closedAt ? [{ labelKey: 'ui.history.facts.cleared', value: { time: incident.closedAt } }] : []),
    ],
    events: incidentEvents(incident),
    readingsAtOpen: incident.readingsAtOpen,
    readingsAtClose: incident.readingsAtClose,
    open: incident.status === 'open',
    practice: incident.practice,
  };
}

/** The note field's state: what the line beside "save" says. */
export type NoteState =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved' }
  | { kind: 'empty' }
  | { kind: 'failed'; message: RichMessage };

/** The note's state after an answer: saved, or refused by the disk with the journal's reason. */
export function noteAnswered(answer: { saved: boolean; error?: Message }): NoteState {
  if (answer.saved) return { kind: 'saved' };
  return {
    kind: 'failed',
    message: {
      key: 'ui.history.note.failed',
      params: { reason: '' },
      // An unforeseen error's reason is the OS's text: the plain "cannot save for now" instead.
      nested: {
        reason:
          answer.error && answer.error.key !== 'journal.error.other' ? answer.error : { key: 'journal.mode.failing' },
      },
    },
  };
}

/** The line beside the save button, as a catalog message (none while idle). */
export function noteLine(state: NoteState): RichMessage | undefined {
  switch (state.kind) {
    case 'saving':
      return { key: 'ui.history.note.saving' };
    case 'saved':
      return { key: 'ui.history.note.saved' };
    case 'empty':
      return { key: 'ui.history.note.empty' };
    case 'failed':
      return state.message;
    default:
      return undefined;
  }
}
