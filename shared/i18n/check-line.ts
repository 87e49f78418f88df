import type { CheckStatus } from '../model/reading';
import type { Translator } from './translator';
import { checkDisplayName } from './check-name';
import { oneLine } from '../text/one-line';
import { isNotNeeded, type NotNeededInput } from '../model/not-needed';

/** What a line needs of a check: a reading, a readiness check or anything shaped like them. */
export interface CheckLineInput extends NotNeededInput {
  id: string;
  status: CheckStatus;
}

const marks: Record<CheckStatus, string> = { ok: '✔', warning: '!', fault: '✖', unknown: '?' };

/** The checks in their order, those left out on purpose moved last (they count for nothing). */
export function notCheckedLast<T extends Pick<CheckLineInput, 'notChecked'>>(checks: readonly T[]): T[] {
  return [...checks.filter((c) => !c.notChecked), ...checks.filter((c) => c.notChecked)];
}

/**
 * One check as a line of plain text (the terminal, the support summary, readiness): mark, state,
 * name, what it found. Not checked on purpose, or a device not needed here, reads as a dash, never
 * a tick, so nobody takes it for "fine". The summary may quote what a device, a driver or a tool
 * said: one line, escapes written out.
 */
export function checkLine(check: CheckLineInput, summary: string, t: Translator): string {
  const [mark, state] = check.notChecked
    ? ['–', t.t('status.notChecked')]
    : isNotNeeded(check)
      ? ['–', t.t('status.notNeeded')]
      : [marks[check.status], t.t(`status.${check.status}`)];
  return oneLine(t.t('report.checkLine', { mark, state, name: checkDisplayName(check.id, t, check.details), summary }));
}
