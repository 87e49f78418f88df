import type { Message } from '../../../shared/model/reading';
import type { PracticeState } from '../../../shared/protocol/contract';
import type { RequestFailure } from '../requests/request-failure';

export interface PracticeRow {
  id: string;
  /** The scenario's catalog title key; undefined when the catalog lacks it (the id is shown). */
  titleKey?: string;
  active: boolean;
  startDisabled: boolean;
}

export interface PracticeModel {
  /** Shown instead of the list: still loading, or no scenarios shipped. */
  message?: Message;
  rows: PracticeRow[];
  stop: { shown: boolean; disabled: boolean };
  failure?: RequestFailure;
}

/**
 * The drills list: every shipped scenario with a start button (disabled while a start or stop is
 * under way), the one being played marked, and the stop button while one is.
 */
export function practiceModel(input: {
  state?: PracticeState;
  loading: boolean;
  busy: boolean;
  failure?: RequestFailure;
  hasTitle(key: string): boolean;
}): PracticeModel {
  const { state } = input;
  const message: Message | undefined =
    !state && input.loading
      ? { key: 'ui.loading' }
      : state && state.scenarios.length === 0
        ? { key: 'ui.practice.none' }
        : undefined;
  return {
    ...(message ? { message } : {}),
    rows: (state?.scenarios ?? []).map((s) => ({
      id: s.id,
      ...(input.hasTitle(s.titleKey) ? { titleKey: s.titleKey } : {}),
      active: state?.active === s.id,
      startDisabled: input.busy,
    })),
    stop: { shown: Boolean(state?.active), disabled: input.busy },
    ...(input.failure ? { failure: input.failure } : {}),
  };
}
