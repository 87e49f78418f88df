import type { Translator } from '../../shared/i18n/translator';
import type { Snapshot } from '../../shared/model/snapshot';
import type { CheckStatus } from '../../shared/model/reading';
import { checkDisplayName } from '../../shared/i18n/check-name';

const marks: Record<CheckStatus, string> = { ok: '✔', warning: '!', fault: '✖', unknown: '?' };

/** The human report: one line per check, then the faults with the guide to follow. */
export function renderCheckText(snapshot: Snapshot, t: Translator): string {
  const lines = [
    t.t('cli.heading', { overall: t.t(`overall.${snapshot.overall}`), time: snapshot.updatedAt }),
    '',
    ...snapshot.checks.map((c) => {
      const name = checkDisplayName(c.id, t);
      return `${marks[c.status]} ${t.t(`status.${c.status}`)}  ${name}: ${t.render(c.summary)}`;
    }),
    '',
  ];
  if (snapshot.faults.length === 0) lines.push(t.t('cli.noFaults'));
  else {
    lines.push(t.t('cli.faults'));
    for (const f of snapshot.faults) {
      lines.push(
        `  ${t.t('cli.faultLine', {
          category: t.t(`category.${f.category}`),
          severity: t.t(`severity.${f.severity}`),
          title: t.t(`fault.${f.id}.title`),
          guide: f.guide,
        })}`,
      );
    }
  }
  return lines.join('\n') + '\n';
}
