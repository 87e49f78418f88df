import type { Guide } from '../../../shared/guides/define-guide';
import type { GuideView, RecheckResult } from '../../../shared/guides/flow-schema';
import type { Message } from '../../../shared/model/reading';
import type { RequestFailure } from '../requests/request-failure';

export interface GuideStepRow {
  n: number;
  doKey: string;
  whyKey: string;
  warnKey?: string;
  /** The closing step: offers the prefilled help request. */
  support: boolean;
  done: boolean;
  /** The first step not done yet, while the incident is open: where the user is. */
  current: boolean;
  /** A mark or re-check of this step is under way: its buttons ignore clicks (and keep focus). */
  busy: boolean;
  markKey: string;
  /** The step has a check the core can re-run now. */
  recheckKey?: string;
  outcome?: { kind: 'no-check' | 'worked' | 'not-yet'; message: Message; failing?: Message };
}

export type GuideStatus =
  | { kind: 'loading'; message: Message }
  | { kind: 'completed'; message: Message; at?: string }
  | { kind: 'fault-open'; since: string }
  | { kind: 'no-fault'; message: Message };

export interface GuideModel {
  /** The incident's state for `data-state`: none until the user or a fault opened one. */
  state: 'none' | 'open' | 'completed';
  status: GuideStatus;
  /** "第 2 步，共 5 步": where the user is, and how many steps are done. */
  progress: { current: number; total: number; done: number };
  /** Every step but the last is done and the fault is still there: the way out is to ask for help. */
  needsSupport: boolean;
  notice?: Message;
  failure?: RequestFailure;
  steps: GuideStepRow[];
}

/** What the guided flow shows: where the incident stands, and each step with its buttons and last re-check. */
export function guideModel(input: {
  guide: Guide;
  /** The core's view of this guide (undefined until loaded). */
  view?: GuideView;
  loading: boolean;
  rechecks: Readonly<Record<number, RecheckResult>>;
  busyStep?: number;
  failure?: RequestFailure;
}): GuideModel {
  const { view } = input;
  const incident = view?.incident;
  const status: GuideStatus =
    incident?.state === 'completed'
      ? {
          kind: 'completed',
          message: { key: incident.completion === 'fault-cleared' ? 'ui.guide.completed' : 'ui.guide.completedManual' },
          ...(incident.completedAt ? { at: incident.completedAt } : {}),
        }
      : view?.fault
        ? { kind: 'fault-open', since: view.fault.since }
        : !view && input.loading
          ? { kind: 'loading', message: { key: 'ui.loading' } }
          : { kind: 'no-fault', message: { key: 'ui.guide.noFault' } };
  const isDone = (n: number): boolean => Boolean(incident?.steps[String(n)]?.doneAt);
  const open = status.kind !== 'completed';
  const firstOpen = input.guide.steps.find((s) => !isDone(s.n))?.n;
  const total = input.guide.steps.length;
  const doneCount = input.guide.steps.filter((s) => isDone(s.n)).length;
  const allButSupport = input.guide.steps.filter((s) => !s.support).every((s) => isDone(s.n));
  return {
    state: incident?.state ?? 'none',
    status,
    progress: { current: open ? (firstOpen ?? total) : total, total, done: doneCount },
    needsSupport: status.kind === 'fault-open' && allButSupport,
    ...(view?.notice ? { notice: view.notice } : {}),
    ...(input.failure ? { failure: input.failure } : {}),
    steps: input.guide.steps.map((step) => {
      const done = isDone(step.n);
      const recheck = input.rechecks[step.n];
      const outcome = recheck ? recheckOutcome(recheck) : undefined;
      return {
        n: step.n,
        doKey: step.doKey,
        whyKey: step.whyKey,
        ...(step.warnKey ? { warnKey: step.warnKey } : {}),
        support: Boolean(step.support),
        done,
        current: open && step.n === firstOpen,
        busy: input.busyStep === step.n,
        markKey: done ? 'ui.guide.markUndone' : 'ui.guide.markDone',
        ...(step.check ? { recheckKey: input.busyStep === step.n ? 'ui.checking' : 'ui.guide.recheckStep' } : {}),
        ...(outcome ? { outcome } : {}),
      };
    }),
  };
}

function recheckOutcome(recheck: RecheckResult): NonNullable<GuideStepRow['outcome']> {
  if (!recheck.ran) return { kind: 'no-check', message: { key: 'ui.guide.noCheck' } };
  if (recheck.worked) return { kind: 'worked', message: { key: 'ui.guide.worked' } };
  const failing = recheck.readings.find((r) => r.status !== 'ok');
  return { kind: 'not-yet', message: { key: 'ui.guide.notYet' }, ...(failing ? { failing: failing.summary } : {}) };
}
