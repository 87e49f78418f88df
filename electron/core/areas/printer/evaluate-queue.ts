import type { CheckStatus } from '../../../../shared/model/reading';
import { worstStatus } from '../../../../shared/model/reading';
import type { PrintersPolicy } from '../../../../shared/policy/printers-policy';
import type { ProbeOutcome } from '../../probe';
import { notConfigured, unreadableOutcome } from '../../source-probe';
import type { InvoicingMode } from '../../../../shared/model/invoicing';
import type { PrinterRead } from './printer-model';
import { selectPrinter } from './select-printer';
import { printerErrorCode } from './printer-model';

/** Problems the rule turns into faults, named like the fault ids without the `printer.` prefix. */
export type QueueProblem = 'not-found' | 'no-default' | 'offline' | 'paused' | 'jobs-stuck';

const problemStatus: Record<QueueProblem, CheckStatus> = {
  'not-found': 'fault',
  'no-default': 'warning',
  offline: 'fault',
  paused: 'fault',
  'jobs-stuck': 'warning',
};

const maxListed = 32;

/** Pure: what the OS said about the queues, the policy and the time, in; the `printer.queue` reading out. */
export function evaluateQueue(
  read: PrinterRead,
  policy: PrintersPolicy,
  now: number,
  mode: InvoicingMode = 'tax-device',
): ProbeOutcome {
  if (!read.ok) {
    const key =
      read.problem === 'tool-missing'
        ? 'check.printer.queue.toolMissing'
        : read.problem === 'service-down'
          ? 'check.printer.queue.serviceDown'
          : 'check.printer.queue.unreadable';
    return unreadableOutcome(read, { key }, { install: read.install ?? '' });
  }
  const { printers, defaultName, jobs } = read.state;
  const names = printers.map((p) => p.name).slice(0, maxListed);
  const base = { printers: names, defaultPrinter: defaultName, invoicePrinter: policy.invoicePrinter };

  const wanted = policy.invoicePrinter;
  const target = wanted
    ? selectPrinter(printers, wanted)
    : defaultName !== null
      ? printers.find((p) => p.name === defaultName)
      : undefined;
  // Fully digital invoices need no paper: a PC with no printer at all and none named is not checked.
  if (!target && !wanted && printers.length === 0 && mode === 'digital')
    return notConfigured({ key: 'check.printer.queue.noPrintersDigital' }, base);
  if (!target) {
    const problem: QueueProblem = !wanted && printers.length > 0 ? 'no-default' : 'not-found';
    const key =
      problem === 'no-default'
        ? 'check.printer.queue.noDefault'
        : wanted
          ? 'check.printer.queue.notFound'
          : 'check.printer.queue.noPrinters';
    return {
      status: problemStatus[problem],
      summary: { key, params: { pattern: wanted ?? '', count: printers.length } },
      details: { ...base, problems: [problem] },
    };
  }

  const stuckAfter = policy.stuckJobMinutes * 60_000;
  const queued = jobs.filter((j) => j.printer === target.name);
  const stuck = queued.filter((j) => j.submittedAt !== null && now - j.submittedAt >= stuckAfter);
  const oldestMinutes = stuck.length
    ? Math.floor((now - Math.min(...stuck.map((j) => j.submittedAt ?? now))) / 60_000)
    : 0;

  const problems: QueueProblem[] = [];
  if (target.offline) problems.push('offline');
  if (target.paused || target.accepting === false) problems.push('paused');
  if (stuck.length) problems.push('jobs-stuck');
  const status = problems.reduce<CheckStatus>(
    (acc, p) => worstStatus(acc, problemStatus[p]),
    target.error ? 'warning' : 'ok',
  );

  const params = {
    printer: target.name,
    jobs: queued.length,
    stuck: stuck.length,
    minutes: oldestMinutes,
    error: target.error ? printerErrorCode(target.error) : '',
  };
  // The summary names the problem to act on first: offline before paused before stuck jobs.
  const key = target.offline
    ? 'check.printer.queue.offline'
    : target.paused
      ? 'check.printer.queue.paused'
      : target.accepting === false
        ? 'check.printer.queue.rejecting'
        : stuck.length
          ? 'check.printer.queue.jobsStuck'
          : target.error
            ? 'check.printer.queue.error'
            : 'check.printer.queue.ok';
  return {
    status,
    summary: { key, params },
    details: {
      ...base,
      printer: target.name,
      isDefault: target.name === defaultName,
      offline: target.offline,
      paused: target.paused,
      accepting: target.accepting,
      printing: target.printing,
      error: target.error,
      message: target.message,
      jobs: queued.length,
      stuckJobs: stuck.map((j) => j.id).slice(0, maxListed),
      oldestStuckMinutes: oldestMinutes,
      problems,
    },
  };
}
