import type { Translator } from '../i18n/translator';
import { checkLine, notCheckedLast } from '../i18n/check-line';
import type { Readiness } from './readiness';

/** The `invoiceguard readiness --json` object, version 1: the readiness plus rendered texts. */
export interface ReadinessReport {
  version: 1;
  canInvoice: Readiness['canInvoice'];
  deadline: Readiness['deadline'];
  answer: string;
  deadlineAnswer: string;
  filing: Readiness['filing'];
  checks: (Omit<Readiness['checks'][number], 'summary'> & { summary: string })[];
  faults: { id: string; severity: string; guide: string; title: string }[];
  reminders: string[];
  simulated: boolean;
  computedAt: string;
}

export function buildReadinessReport(r: Readiness, t: Translator): ReadinessReport {
  return {
    version: 1,
    canInvoice: r.canInvoice,
    deadline: r.deadline,
    answer: t.t(`readiness.canInvoice.${r.canInvoice}`),
    deadlineAnswer: t.t(`readiness.deadline.${r.deadline}`),
    filing: r.filing,
    checks: r.checks.map((c) => ({ ...c, summary: t.render(c.summary) })),
    faults: r.faults.map((f) => ({ ...f, title: t.t(`fault.${f.id}.title`) })),
    reminders: r.reminders.map((m) => t.render(m)),
    simulated: r.simulated,
    computedAt: r.computedAt,
  };
}

/** The human readiness page for the terminal. */
export function renderReadinessText(report: ReadinessReport, t: Translator): string {
  const f = report.filing;
  const yesNo = (b: boolean): string => t.t(b ? 'readiness.filing.yes' : 'readiness.filing.no');
  const lines = [
    t.t('cli.readiness.heading', { answer: report.answer }),
    t.t('cli.readiness.deadline', { answer: report.deadlineAnswer }),
    t.t('readiness.filing.period', { start: f.periodStart, deadline: f.deadline, today: f.today }),
  ];
  // 抄报/清卡 marks mean nothing on a PC that needs neither (fully digital invoicing).
  if (report.deadline !== 'not-required')
    lines.push(t.t('readiness.filing.status', { reported: yesNo(f.reported), cleared: yesNo(f.cleared) }));
  if (report.reminders.length)
    lines.push('', t.t('cli.readiness.reminders'), ...report.reminders.map((m) => `  • ${m}`));
  if (report.faults.length) {
    lines.push('', t.t('cli.readiness.faults'));
    for (const fault of report.faults)
      lines.push(
        `  ${t.t('cli.readiness.faultLine', { severity: t.t(`severity.${fault.severity}`), title: fault.title })}`,
      );
  }
  lines.push('', t.t('cli.readiness.checks'));
  // Worst first as readiness sorts them; those left out on purpose last, as the check report does.
  for (const c of notCheckedLast(report.checks)) lines.push(checkLine(c, c.summary, t));
  return `${lines.join('\n')}\n`;
}

/** readiness exit codes: 0 ready, 1 at risk, 2 cannot invoice (3, could not run, is the CLI's). */
export function readinessExitCode(r: Pick<Readiness, 'canInvoice'>): 0 | 1 | 2 {
  return r.canInvoice === 'yes' ? 0 : r.canInvoice === 'at-risk' ? 1 : 2;
}
