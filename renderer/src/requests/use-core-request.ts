import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ParamsOf, RequestName, ResultOf } from '../../../shared/protocol/contract';
import { useCoreApi } from '../store/store-context';
import { toRequestFailure } from './request-failure';
import { idleRequest, requestFailed, requestStarted, requestSucceeded, type RequestState } from './request-state';

/** One request method's state in a view, and the way to send it. */
export interface CoreRequest<M extends RequestName> extends RequestState<ParamsOf<M>, ResultOf<M>> {
  /**
   * Sends the request. Resolves with the result, or with undefined when it failed (the failure is in
   * the state, classified for the user) or was superseded by a newer call of the same hook.
   */
  run(params: ParamsOf<M>): Promise<ResultOf<M> | undefined>;
}

/**
 * The renderer's one way to call the core from a view: busy while it runs, the result, and a failure
 * mapped from the protocol's error codes (RequestFailureBanner shows it in the user's language).
 * Only the latest call of a hook updates its state, so a slow old answer never overwrites a newer one.
 */
export function useCoreRequest<M extends RequestName>(method: M): CoreRequest<M> {
  const api = useCoreApi();
  const [state, setState] = useState<RequestState<ParamsOf<M>, ResultOf<M>>>(idleRequest);
  const latest = useRef(0);
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const run = useCallback(
    async (params: ParamsOf<M>): Promise<ResultOf<M> | undefined> => {
      const call = ++latest.current;
      const stillWanted = (): boolean => mounted.current && call === latest.current;
      setState((s) => requestStarted(s, params));
      try {
        const result = await api.request(method, params);
        if (!stillWanted()) return undefined;
        setState((s) => requestSucceeded(s, result));
        return result;
      } catch (error) {
        if (stillWanted()) setState((s) => requestFailed(s, toRequestFailure(error)));
        return undefined;
      }
    },
    [api, method],
  );

  return useMemo(() => ({ ...state, run }), [state, run]);
}
