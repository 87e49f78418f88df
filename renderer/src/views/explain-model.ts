import { maxExplainInput, type ExplainResult } from '../../../shared/codes/explain-result';
import type { RequestFailure } from '../requests/request-failure';
import type { RequestState } from '../requests/request-state';

export interface ExplainModel {
  lookup: { disabled: boolean; labelKey: string };
  /** The answer to show: none yet, or the latest lookup's (a failed lookup shows its failure instead). */
  result?: ExplainResult;
  failure?: RequestFailure;
}

/** What the error-code lookup shows for the state of its explainCode request. */
export function explainModel(request: RequestState<unknown, ExplainResult>): ExplainModel {
  return {
    lookup: { disabled: request.busy, labelKey: request.busy ? 'ui.explain.lookingUp' : 'ui.explain.lookup' },
    ...(request.failure ? { failure: request.failure } : request.data ? { result: request.data } : {}),
  };
}

/** The request for what the user typed; the core reads at most maxExplainInput characters anyway. */
export function explainParams(text: string): { text: string } {
  return { text: text.slice(0, maxExplainInput) };
}
