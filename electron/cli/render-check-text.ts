import type { Translator } from '../../shared/i18n/translator';
import type { Snapshot } from '../../shared/model/snapshot';
import type { CheckStatus, Reading } from '../../shared/model/reading';
import { checkDisplayName } from '../../shared/i18n/check-name';
import { formatTime } from '../../shared/i18n/format-time';
import { verdictText } from '../../shared/i18n/verdict-text';
import { oneLine } from '../../shared/text/one-line';

const marks: Record<CheckStatus, string> = { ok: '✔', warning: '!', fault: '✖', unknown: '?' };

function checkLine(c: Reading, t: Translator): string {
  const name = checkDisplayName(c.id, t, c.details);
  // Not checked on purpose: a dash, never a tick, so nobody reads it as "fine".
  const [mark, state] = c.notChecked ? ['–', t.t('status.notChecked')] : [marks[c.status], t.t(`status.${c.status}`)];
  // A summary may quote what a device, a driver or a tool said: one line, escapes written out.
  return oneLine(`${mark} ${state}  ${name}: ${t.render(c.summary)}`);
}

/** The human report: the verdict, one line per check, then the faults with the guide to follow. */
export function renderCheckText(snapshot: Snapshot, t: Translator): string {
  const lines = [
    t.t('cli.heading', { overall: verdictText(snapshot.verdict, t), time: formatTime(snapshot.updatedAt, t.language) }),
    '',
    ...snapshot.checks.filter((c) => !c.notChecked).map((c) => checkLine(c, t)),
    ...snapshot.checks.filter((c) => c.notChecked).map((c) => checkLine(c, t)),
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
