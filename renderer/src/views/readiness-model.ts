import type { Message, Reading } from '../../../shared/model/reading';
import type { Snapshot } from '../../../shared/model/snapshot';
import type { Verdict } from '../../../shared/model/verdict';
import type { Readiness } from '../../../shared/readiness/readiness';
import { notCheckedLast } from '../../../shared/i18n/check-line';
import type { RequestFailure } from '../requests/request-failure';
import type { RequestState } from '../requests/request-state';
import { verdictTone } from '../components/tone';

/** Readiness' own three answers in the dashboard's colours, for a readiness without its snapshot. */
const overallLook = { yes: 'ok', 'at-risk': 'warning', no: 'fault' } as const;
const verdictOfReadiness = { yes: 'yes', 'at-risk': 'attention', no: 'no' } as const;

const yesNo = (b: boolean): string => (b ? 'readiness.filing.yes' : 'readiness.filing.no');

export type ReadinessCheck = Pick<Reading, 'id' | 'status' | 'summary' | 'notChecked'>;

export type ReadinessModel =
  | { kind: 'loading'; message: Message }
  | { kind: 'failed'; failure: RequestFailure }
  | {
      kind: 'ready';
      /** A reload that failed while an earlier answer is still shown. */
      failure?: RequestFailure;
      canInvoice: Readiness['canInvoice'];
      /** The snapshot's verdict: the heading says exactly what the dashboard and the tray say. */
      verdict: Verdict;
      look: 'ok' | 'warning' | 'fault';
      deadline: Readiness['deadline'];
      deadlineKey: string;
      mode: Snapshot['invoicing']['mode'];
      /** Fully digital: no 抄报/清卡, so the period and task lines are left out. */
      filing?: { period: Message; reportedKey: string; clearedKey: string };
      reminders: Message[];
      faults: Readiness['faults'];
      /** Counted checks worst first; the not-checked ones last, grey with their reason. */
      checks: ReadinessCheck[];
    };

/**
 * What the readiness view shows for its getReadiness request and the live snapshot. The answer
 * is the snapshot's verdict (the core's readiness already agrees with it; the filing calendar is
 * one of its checks), so the readiness view, the dashboard banner and the tray never disagree.
 */
export function readinessModel(request: RequestState<unknown, Readiness>, snapshot?: Snapshot): ReadinessModel {
  const readiness = request.data;
  if (!readiness) {
    return request.failure
      ? { kind: 'failed', failure: request.failure }
      : { kind: 'loading', message: { key: 'ui.loading' } };
  }
  const f = readiness.filing;
  const verdict: Verdict = snapshot?.verdict ?? { canInvoice: verdictOfReadiness[readiness.canInvoice] };
  const mode = snapshot?.invoicing.mode ?? 'tax-device';
  return {
    kind: 'ready',
    ...(request.failure ? { failure: request.failure } : {}),
    canInvoice: readiness.canInvoice,
    verdict,
    look: snapshot ? verdictTone(verdict) : overallLook[readiness.canInvoice],
    deadline: readiness.deadline,
    deadlineKey: `readiness.deadline.${readiness.deadline}`,
    mode,
    ...(mode === 'digital' || f.status === 'not-required'
      ? {}
      : {
          filing: {
            period: {
              key: 'readiness.filing.period',
              params: { start: f.periodStart, deadline: f.deadline, today: f.today },
            },
            reportedKey: yesNo(f.reported),
            clearedKey: yesNo(f.cleared),
          },
        }),
    reminders: readiness.reminders,
    faults: readiness.faults,
    checks: notCheckedLast(readiness.checks),
  };
}
