import type { Translator } from '../../shared/i18n/translator';
import { verdictText } from '../../shared/i18n/verdict-text';
import type { Verdict } from '../../shared/model/verdict';
import type { Navigate } from '../../shared/protocol/contract';
import type { Note } from './notification-planner';

export interface NoteText {
  title: string;
  body: string;
  /** Where a click takes the user: the guide of the first fault, else the dashboard. */
  route: Navigate;
}

const faultTitle = (id: string, t: Translator): string => t.t(`fault.${id}.title`);

/** Pure: a note in the user's language; `verdict` is the state now, for recoveries and summaries. */
export function noteText(note: Note, verdict: Verdict, t: Translator): NoteText {
  const now = verdictText(verdict, t);
  switch (note.kind) {
    case 'opened': {
      const first = note.faults[0]!;
      return {
        title:
          note.faults.length === 1
            ? t.t('notify.faultOpened', { title: faultTitle(first.id, t) })
            : t.t('notify.faultsOpened', { count: note.faults.length, title: faultTitle(first.id, t) }),
        body: t.t('notify.faultOpenedBody'),
        route: { view: 'guide', params: { guideId: first.guide } },
      };
    }
    case 'recovered':
      return {
        title:
          note.faultIds.length === 1
            ? t.t('notify.recovered', { title: faultTitle(note.faultIds[0]!, t) })
            : t.t('notify.recoveredMany', { count: note.faultIds.length }),
        body: t.t('notify.recoveredBody', { verdict: now }),
        route: { view: 'dashboard' },
      };
    case 'summary': {
      const first = note.open[0];
      return {
        title: t.t('notify.summary'),
        body: t.t('notify.summaryBody', { changes: note.changes, verdict: now }),
        route: first ? { view: 'guide', params: { guideId: first.guide } } : { view: 'dashboard' },
      };
    }
  }
}
