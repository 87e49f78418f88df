import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Snapshot } from '../../../shared/model/snapshot';
import type { CoreStatus } from '../../../shared/protocol/contract';
import type { Language } from '../../../shared/i18n/define-catalog';
import type { CoreApi } from '../bridge/api';
import { errorMessage } from '../../../shared/error-message';

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
  /** The last request that failed, as a catalog-free technical message shown under a translated heading. */
  lastError?: string;
  route: Route;
  navigate(route: Route): void;
  setLanguage(language: Language): void;
  recheckAll(): Promise<void>;
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
      set({ checking: true, lastError: undefined });
      try {
        set({ snapshot: await api.request('runChecks', {}) });
      } catch (error) {
        set({ lastError: errorMessage(error) });
      } finally {
        set({ checking: false });
      }
    },
  }));
  api.on('snapshot', (snapshot) => store.setState({ snapshot, connection: 'connected' }));
  api.on('coreStatus', (coreStatus) => store.setState({ coreStatus }));
  return store;
}

/** Loads the first snapshot once connected; later ones arrive as events. */
export async function loadInitialSnapshot(store: StoreApi<AppState>, api: CoreApi): Promise<void> {
  try {
    const snapshot = await api.request('getSnapshot', {});
    store.setState({ snapshot, connection: 'connected' });
  } catch (error) {
    store.setState({ connection: 'lost', lastError: errorMessage(error) });
  }
}
