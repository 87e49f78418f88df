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
  /** A mark or re-check of this step is under way: its buttons are disabled. */
  busy: boolean;
  markKey: string;
  /** The step has a check the core can re-run now. */
  recheckKey?: string;
  outcome?: { kind: 'no-check' | 'worked' | 'not-yet'; message: Message; failing?: Message };
}

export type GuideStatus =
  | { kind: 'loading'; message: Message }
  | { kind: 'completed'; message: Message }
  | { kind: 'fault-open'; since: string }
  | { kind: 'no-fault'; message: Message };

export interface GuideModel {
  /** The incident's state for `data-state`: none until the user or a fault opened one. */
  state: 'none' | 'open' | 'completed';
  status: GuideStatus;
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
        }
      : view?.fault
        ? { kind: 'fault-open', since: view.fault.since }
        : !view && input.loading
          ? { kind: 'loading', message: { key: 'ui.loading' } }
          : { kind: 'no-fault', message: { key: 'ui.guide.noFault' } };
  return {
    state: incident?.state ?? 'none',
    status,
    ...(view?.notice ? { notice: view.notice } : {}),
    ...(input.failure ? { failure: input.failure } : {}),
    steps: input.guide.steps.map((step) => {
      const done = Boolean(incident?.steps[String(step.n)]?.doneAt);
      const recheck = input.rechecks[step.n];
      const outcome = recheck ? recheckOutcome(recheck) : undefined;
      return {
        n: step.n,
        doKey: step.doKey,
        whyKey: step.whyKey,
        ...(step.warnKey ? { warnKey: step.warnKey } : {}),
        support: Boolean(step.support),
        done,
        busy: input.busyStep === step.n,
        markKey: done ? 'ui.guide.markUndone' : 'ui.guide.markDone',
        ...(step.check ? { recheckKey: input.busyStep === step.n ? 'ui.checking' : 'ui.guide.recheck' } : {}),
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
