import type { Message } from '../../../shared/model/reading';
import type { Readiness } from '../../../shared/readiness/readiness';
import type { RequestFailure } from '../requests/request-failure';
import type { RequestState } from '../requests/request-state';

/** The dashboard's colours for the three answers to "can I invoice today?". */
const overallLook = { yes: 'ok', 'at-risk': 'warning', no: 'fault' } as const;

const yesNo = (b: boolean): string => (b ? 'readiness.filing.yes' : 'readiness.filing.no');

export type ReadinessModel =
  | { kind: 'loading'; message: Message }
  | { kind: 'failed'; failure: RequestFailure }
  | {
      kind: 'ready';
      /** A reload that failed while an earlier answer is still shown. */
      failure?: RequestFailure;
      canInvoice: Readiness['canInvoice'];
      deadline: Readiness['deadline'];
      look: (typeof overallLook)[Readiness['canInvoice']];
      answerKey: string;
      deadlineKey: string;
      period: Message;
      /** Catalog keys of "yes"/"no" for the two filing tasks, shown inside `readiness.filing.status`. */
      reportedKey: string;
      clearedKey: string;
      reminders: Message[];
      faults: Readiness['faults'];
      checks: Readiness['checks'];
    };

/** What the readiness view shows for the state of its getReadiness request. */
export function readinessModel(request: RequestState<unknown, Readiness>): ReadinessModel {
  const readiness = request.data;
  if (!readiness) {
    return request.failure
      ? { kind: 'failed', failure: request.failure }
      : { kind: 'loading', message: { key: 'ui.loading' } };
  }
  const f = readiness.filing;
  return {
    kind: 'ready',
    ...(request.failure ? { failure: request.failure } : {}),
    canInvoice: readiness.canInvoice,
    deadline: readiness.deadline,
    look: overallLook[readiness.canInvoice],
    answerKey: `readiness.canInvoice.${readiness.canInvoice}`,
    deadlineKey: `readiness.deadline.${readiness.deadline}`,
    period: { key: 'readiness.filing.period', params: { start: f.periodStart, deadline: f.deadline, today: f.today } },
    reportedKey: yesNo(f.reported),
    clearedKey: yesNo(f.cleared),
    reminders: readiness.reminders,
    faults: readiness.faults,
    checks: readiness.checks,
  };
}
