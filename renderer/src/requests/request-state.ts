import type { RequestFailure } from './request-failure';

/**
 * One request as a view shows it: whether it is running (and with which params), the latest result
 * and the latest failure. Pure transitions, shared by useCoreRequest and tested without React.
 */
export interface RequestState<P, R> {
  busy: boolean;
  /** The params of the call in flight, so a view can tell which of its rows is busy. */
  pending?: P;
  /** The latest successful result; kept while a newer call runs and after one fails. */
  data?: R;
  /** Why the latest call failed; cleared when the next one starts. */
  failure?: RequestFailure;
}

export function idleRequest<P, R>(): RequestState<P, R> {
  return { busy: false };
}

export function requestStarted<P, R>(state: RequestState<P, R>, params: P): RequestState<P, R> {
  return { busy: true, pending: params, ...(state.data !== undefined ? { data: state.data } : {}) };
}

export function requestSucceeded<P, R>(_state: RequestState<P, R>, data: R): RequestState<P, R> {
  return { busy: false, data };
}

export function requestFailed<P, R>(state: RequestState<P, R>, failure: RequestFailure): RequestState<P, R> {
  return { busy: false, failure, ...(state.data !== undefined ? { data: state.data } : {}) };
}
