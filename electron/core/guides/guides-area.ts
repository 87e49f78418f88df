import { parseErrorCode } from '../../../shared/codes/parse-error-code';
import { computeReadiness } from '../../../shared/readiness/readiness';
import type { AreaFactory } from '../probe';
import { createGuidedFlow } from './guided-flow';
import type { FlowStore } from './flow-store';
import { errorMessage } from '../../../shared/error-message';

export interface GuidesAreaOptions {
  store: FlowStore;
  now?: () => number;
  /** Told when the user marks a step done or undone (practice-mode scenarios react to it). */
  onStepDone?: (guideId: string, step: number, done: boolean) => void;
  log?: (line: string) => void;
}

/**
 * The guides "area": the requests of the guided flow, month-end readiness and error-code lookup.
 * It owns no hardware and no check; it works on the snapshot.
 */
export function guidesArea(options: GuidesAreaOptions): AreaFactory {
  const now = options.now ?? Date.now;
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
          markStepDone: ({ guideId, step, done }) => flow.markStepDone(guideId, step, done),
          recheckStep: ({ guideId, step }) => flow.recheckStep(guideId, step),
          explainCode: async ({ text }) => parseErrorCode(text),
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
