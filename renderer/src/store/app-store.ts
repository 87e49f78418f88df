import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Snapshot } from '../../../shared/model/snapshot';
import type { CoreStatus } from '../../../shared/protocol/contract';
import type { Language } from '../../../shared/i18n/define-catalog';
import type { CoreApi } from '../bridge/api';
import { toRequestFailure, type RequestFailure, type RequestFailureCode } from '../requests/request-failure';

export type ConnectionState = 'connecting' | 'connected' | 'lost';

/** Which view is showing, with its parameters (for example the fault a guide is for). */
export interface Route {
  view: string;
  params?: Record<string, string>;
}

export interface AppState {
  connection: ConnectionState;
  snapshot?: Snapshot;
  coreStatus?: CoreStatus;
  language: Language;
  /** A re-check the user asked for is running. */
  checking: boolean;
  /** The last request of the store that failed: its technical text, for IT (shown folded away). */
  lastError?: string;
  /** ...and why, which picks the sentence the user reads (see requests/request-failure.ts). */
  lastErrorCode?: RequestFailureCode;
  route: Route;
  navigate(route: Route): void;
  setLanguage(language: Language): void;
  recheckAll(): Promise<void>;
}

/** The store fields that record a failed request. */
function failureFields(failure: RequestFailure): Pick<AppState, 'lastError' | 'lastErrorCode'> {
  return { lastError: failure.detail, lastErrorCode: failure.code };
}

/**
 * The renderer's one store: the live snapshot pushed by the core, plus what the user is doing.
 * Created with the API it talks through, so tests can pass an in-memory one.
 */
export function createAppStore(api: CoreApi, language: Language): StoreApi<AppState> {
  const store = createStore<AppState>()((set) => ({
    connection: 'connecting',
    language,
    checking: false,
    route: { view: 'dashboard' },
    navigate: (route) => set({ route }),
    setLanguage: (next) => set({ language: next }),
    async recheckAll() {
      set({ checking: true, lastError: undefined, lastErrorCode: undefined });
      try {
        set({ snapshot: await api.request('runChecks', {}) });
      } catch (error) {
        set(failureFields(toRequestFailure(error)));
      } finally {
        set({ checking: false });
      }
    },
  }));
  api.on('snapshot', (snapshot) => store.setState({ snapshot, connection: 'connected' }));
  api.on('coreStatus', (coreStatus) => store.setState({ coreStatus }));
  api.on('navigate', (route) => store.getState().navigate(route)); // the tray menu or a notification asks for a view
  return store;
}

/**
 * Loads what a new window needs once connected: the core's status (answered by the host, so a
 * window opened while the core restarts knows it at once) and the first snapshot; later ones
 * arrive as events. A coreStatus event that arrives while we ask is newer than the answer and wins.
 * While the host says the core is away, an `unavailable` snapshot is no lost connection: the
 * window waits for the restarted core's first snapshot event.
 */
export async function loadInitialSnapshot(store: StoreApi<AppState>, api: CoreApi): Promise<void> {
  const statusBefore = store.getState().coreStatus;
  const [status, snapshot] = await Promise.allSettled([
    api.request('getCoreStatus', {}),
    api.request('getSnapshot', {}),
  ]);
  if (status.status === 'fulfilled' && store.getState().coreStatus === statusBefore) {
    store.setState({ coreStatus: status.value });
  }
  if (snapshot.status === 'fulfilled') {
    store.setState({ snapshot: snapshot.value, connection: 'connected' });
    return;
  }
  const failure = toRequestFailure(snapshot.reason);
  if (failure.code === 'unavailable' && status.status === 'fulfilled') return;
  store.setState({ connection: 'lost', ...failureFields(failure) });
}

/** The window could not reach its host at all (the harness refused or dropped the WebSocket). */
export function markConnectionLost(store: StoreApi<AppState>, error?: unknown): void {
  store.setState({ connection: 'lost', ...(error !== undefined ? failureFields(toRequestFailure(error)) : {}) });
}
