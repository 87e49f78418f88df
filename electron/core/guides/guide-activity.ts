import type { ExplainResult } from '../../../shared/codes/explain-result';
import type { RecheckResult } from '../../../shared/guides/flow-schema';

/**
 * What the user did in a guide or the error-code lookup, told to whoever keeps a record of it (the
 * journal, electron/core/journal/). A hook rather than a dependency: the guided flow neither knows
 * nor waits for the journal, and a listener that throws changes nothing for the user.
 */
export type GuideActivity =
  | { kind: 'step'; guideId: string; step: number; done: boolean }
  | { kind: 'recheck'; guideId: string; step: number; worked: boolean; readings: RecheckResult['readings'] }
  | { kind: 'code'; text: string; result: ExplainResult };

export type GuideActivityListener = (activity: GuideActivity) => void;
