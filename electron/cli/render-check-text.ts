import type { Translator } from '../../shared/i18n/translator';
import type { Snapshot } from '../../shared/model/snapshot';
import { checkLine, notCheckedLast } from '../../shared/i18n/check-line';
import { formatTime } from '../../shared/i18n/format-time';
import { verdictText } from '../../shared/i18n/verdict-text';
import { oneLine } from '../../shared/text/one-line';

/** The human report: the verdict, one line per check, then the faults with the guide to follow. */
export function renderCheckText(snapshot: Snapshot, t: Translator): string {
  const lines = [
    t.t('cli.heading', { overall: verdictText(snapshot.verdict, t), time: formatTime(snapshot.updatedAt, t.language) }),
    '',
    ...notCheckedLast(snapshot.checks).map((c) => checkLine(c, t.render(c.summary), t)),
    '',
  ];
  if (snapshot.faults.length === 0) lines.push(t.t('cli.noFaults'));
  else {
    lines.push(t.t('cli.faults'));
    for (const f of snapshot.faults) {
      lines.push(
        `  ${oneLine(
          t.t('cli.faultLine', {
            category: t.t(`category.${f.category}`),
            severity: t.t(`severity.${f.severity}`),
            title: t.t(`fault.${f.id}.title`),
          }),
        )}`,
      );
    }
    lines.push('', t.t('cli.faultsHint'));
  }
  return lines.join('\n') + '\n';
}
