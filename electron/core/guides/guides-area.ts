import { parseErrorCode } from '../../../shared/codes/parse-error-code';
import { computeReadiness } from '../../../shared/readiness/readiness';
import type { AreaFactory } from '../probe';
import { createGuidedFlow } from './guided-flow';
import type { FlowStore } from './flow-store';
import { errorMessage } from '../../../shared/error-message';
import type { GuideActivity, GuideActivityListener } from './guide-activity';

export interface GuidesAreaOptions {
  store: FlowStore;
  now?: () => number;
  /** Told when the user marks a step done or undone (practice-mode scenarios react to it). */
  onStepDone?: (guideId: string, step: number, done: boolean) => void;
  log?: (line: string) => void;
  /** Told what the user did (steps, re-checks, code lookups) so the journal can record it. */
  onActivity?: GuideActivityListener;
}

/**
 * The guides "area": the requests of the guided flow, month-end readiness and error-code lookup.
 * It owns no hardware and no check; it works on the snapshot.
 */
export function guidesArea(options: GuidesAreaOptions): AreaFactory {
  const now = options.now ?? Date.now;
  const tell = (activity: GuideActivity): void => {
    try {
      options.onActivity?.(activity);
    } catch (error) {
      options.log?.(`guide activity listener: ${errorMessage(error)}`);
    }
  };
  return ({ policy }) => {
    let unsubscribe: (() => void) | undefined;
    return {
      probes: [],
      rules: [],
      serve(services) {
        const flow = createGuidedFlow({
          store: options.store,
          services,
          now,
          timeZone: policy.calendar.timeZone,
          ...(options.onStepDone ? { onStepDone: options.onStepDone } : {}),
        });
        unsubscribe = services.onSnapshot((snapshot) => {
          flow.sync(snapshot).catch((error: unknown) => options.log?.(`guided flow: ${errorMessage(error)}`));
        });
        return {
          getGuide: async ({ guideId }) => flow.getGuide(guideId),
          async markStepDone({ guideId, step, done }) {
            const view = await flow.markStepDone(guideId, step, done);
            tell({ kind: 'step', guideId, step, done });
            return view;
          },
          async recheckStep({ guideId, step }) {
            const result = await flow.recheckStep(guideId, step);
            if (result.ran) tell({ kind: 'recheck', guideId, step, worked: result.worked, readings: result.readings });
            return result;
          },
          async explainCode({ text }) {
            const result = parseErrorCode(text);
            if (text.trim()) tell({ kind: 'code', text, result });
            return result;
          },
          getReadiness: async () =>
            computeReadiness(services.snapshot(), policy.calendar, now(), options.store.state().filing),
        };
      },
      async dispose() {
        unsubscribe?.();
        await options.store.flushed();
      },
    };
  };
}
