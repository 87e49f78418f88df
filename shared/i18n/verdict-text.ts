import type { Verdict } from '../model/verdict';
import type { Translator } from './translator';
import { checkDisplayName } from './check-name';

/**
 * The verdict in plain words: 可以开票 / 可以开票，但有需要注意的地方 / 现在不能开票, followed by what
 * to fix first (the fault's title, or the check's name) when there is something.
 */
export function verdictText(verdict: Verdict, t: Translator): string {
  const answer = t.t(`verdict.${verdict.canInvoice}`);
  const first = verdict.faultId
    ? t.t(`fault.${verdict.faultId}.title`)
    : verdict.checkId
      ? checkDisplayName(verdict.checkId, t)
      : undefined;
  return first ? t.t('verdict.withReason', { answer, first }) : answer;
}
