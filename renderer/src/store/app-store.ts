import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Snapshot } from '../../../shared/model/snapshot';
import type { CoreStatus } from '../../../shared/protocol/contract';
import type { IncidentOverview } from '../../../shared/journal/journal-protocol';
import type { Language } from '../../../shared/i18n/define-catalog';
import type { Messages } from '../../../shared/i18n/format-message';
import type { CoreApi } from '../bridge/api';
import { toRequestFailure, type RequestFailure, type RequestFailureCode } from '../requests/request-failure';
import type { CardHistory } from '../areas/card-model';
import type { LoadMessages, MessagePart } from '../i18n/message-parts';
import { afterSnapshot, type Announcement } from './snapshot-effects';

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
  /** The journal's open incidents, the last one and its health (the dashboard's line, History's banner). */
  incidents?: IncidentOverview;
  language: Language;
  /** The strings of `language` loaded so far (the parts in `messageParts`). */
  messages: Messages;
  messageParts: readonly MessagePart[];
  /** A re-check the user asked for is running. */
  checking: boolean;
  /** While it runs: each check's checkedAt when it started (see recheckProgress). */
  recheckBaseline?: Readonly<Record<string, string>>;
  /** When each dashboard card last changed, as this window saw it. */
  cardHistory: CardHistory;
  /** The latest thing the live region says. */
  announcement?: Announcement;
  /** The last request of the store that failed: its technical text, for IT (shown folded away). */
  lastError?: string;
  /** ...and why, which picks the sentence the user reads (see requests/request-failure.ts). */
  lastErrorCode?: RequestFailureCode;
  route: Route;
  /** How often the user moved between views: views take focus only after a move, not on first load. */
  navigations: number;
  navigate(route: Route): void;
  /** Loads the new language's strings (the parts already loaded), then switches to it. */
  setLanguage(language: Language): Promise<void>;
  /** Loads parts of the current language's strings that a view needs. */
  ensureMessages(parts: readonly MessagePart[]): Promise<void>;
  recheckAll(): Promise<void>;
}

/** The state a test or main.tsx may preset (everything but the actions). */
export type AppStateFields = Omit<AppState, 'navigate' | 'setLanguage' | 'ensureMessages' | 'recheckAll'>;

/** The store fields that record a failed request. */
function failureFields(failure: RequestFailure): Pick<AppState, 'lastError' | 'lastErrorCode'> {
  return { lastError: failure.detail, lastErrorCode: failure.code };
}

export interface StoreOptions {
  language: Language;
  /** The language's strings already loaded (main.tsx loads the first screen's before rendering). */
  messages: Messages;
  messageParts: readonly MessagePart[];
  loadMessages: LoadMessages;
}

/**
 * The renderer's one store: the live snapshot pushed by the core, plus what the user is doing.
 * Created with the API it talks through and the way it loads strings, so tests pass in-memory ones.
 */
export function createAppStore(api: CoreApi, options: StoreOptions): StoreApi<AppState> {
  const load = async (language: Language, parts: readonly MessagePart[]): Promise<Messages> =>
    Object.assign({}, ...(await Promise.all(parts.map((part) => options.loadMessages(language, part))))) as Messages;

  const store = createStore<AppState>()((set, get) => ({
    connection: 'connecting',
    language: options.language,
    messages: options.messages,
    messageParts: options.messageParts,
    checking: false,
    cardHistory: {},
    route: { view: 'dashboard' },
    navigations: 0,
    navigate: (route) => set((s) => ({ route, navigations: s.navigations + 1 })),
    async setLanguage(next) {
      const parts = get().messageParts;
      const messages = await load(next, parts);
      set({ language: next, messages });
    },
    async ensureMessages(parts) {
      const { language, messageParts } = get();
      const missing = parts.filter((p) => !messageParts.includes(p));
      if (!missing.length) return;
      const added = await load(language, missing);
      // The language may have changed meanwhile; its own switch loaded what it needed.
      if (get().language !== language) return;
      set((s) => ({
        messages: { ...s.messages, ...added },
        messageParts: [...new Set([...s.messageParts, ...missing])],
      }));
    },
    async recheckAll() {
      const baseline = Object.fromEntries((get().snapshot?.checks ?? []).map((c) => [c.id, c.checkedAt]));
      set({ checking: true, recheckBaseline: baseline, lastError: undefined, lastErrorCode: undefined });
      try {
        const snapshot = await api.request('runChecks', {});
        acceptSnapshot(store, snapshot);
        const seq = (get().announcement?.seq ?? 0) + 1;
        set({ announcement: { seq, kind: 'rechecked', verdict: snapshot.verdict } });
      } catch (error) {
        set(failureFields(toRequestFailure(error)));
      } finally {
        set({ checking: false, recheckBaseline: undefined });
      }
    },
  }));
  api.on('snapshot', (snapshot) => acceptSnapshot(store, snapshot));
  api.on('coreStatus', (coreStatus) => store.setState({ coreStatus }));
  api.on('incidents', (incidents) => store.setState({ incidents }));
  api.on('navigate', (route) => store.getState().navigate(route)); // the tray menu or a notification asks for a view
  return store;
}

/** A snapshot from the core (event or answer): shown, with when each card changed and what to announce. */
function acceptSnapshot(store: StoreApi<AppState>, snapshot: Snapshot): void {
  store.setState((s) => ({ snapshot, connection: 'connected', ...afterSnapshot(s, snapshot) }));
}

/** The answers a new window starts from (see loadInitialSnapshot). */
export type InitialAnswers = [PromiseSettledResult<CoreStatus>, PromiseSettledResult<Snapshot>];

/** Asks the host for the core's status and the core for its snapshot, at the same time. */
export function fetchInitialAnswers(api: CoreApi): Promise<InitialAnswers> {
  return Promise.allSettled([api.request('getCoreStatus', {}), api.request('getSnapshot', {})]);
}

/**
 * Loads what a new window needs once connected: the core's status (answered by the host, so a
 * window opened while the core restarts knows it at once) and the first snapshot; later ones
 * arrive as events. A coreStatus event that arrives while we ask is newer than the answer and wins.
 * While the host says the core is away, an `unavailable` snapshot is no lost connection: the
 * window waits for the restarted core's first snapshot event. main.tsx asks before the store
 * exists (while the first screen's strings load) and passes the answers in.
 */
export async function loadInitialSnapshot(
  store: StoreApi<AppState>,
  api: CoreApi,
  answers?: Promise<InitialAnswers>,
): Promise<void> {
  const statusBefore = store.getState().coreStatus;
  const [status, snapshot] = await (answers ?? fetchInitialAnswers(api));
  if (status.status === 'fulfilled' && store.getState().coreStatus === statusBefore) {
    store.setState({ coreStatus: status.value });
  }
  if (snapshot.status === 'fulfilled') {
    // An event may have brought a newer one while we asked.
    const current = store.getState().snapshot;
    if (!current || current.updatedAt <= snapshot.value.updatedAt) acceptSnapshot(store, snapshot.value);
    return;
  }
  const failure = toRequestFailure(snapshot.reason);
  if (failure.code === 'unavailable' && status.status === 'fulfilled') return;
  store.setState({ connection: 'lost', ...failureFields(failure) });
}

/**
 * Asks the journal for its overview once (later ones arrive as `incidents` events). A core without
 * a journal, or one restarting, leaves the dashboard without the line: it is no connection problem.
 * An event that arrived while we asked is newer and wins.
 */
export async function loadIncidentOverview(store: StoreApi<AppState>, api: CoreApi): Promise<void> {
  const before = store.getState().incidents;
  const overview = await api.request('getIncidentOverview', {}).catch(() => undefined);
  if (overview && store.getState().incidents === before) store.setState({ incidents: overview });
}

/** The window could not reach its host at all (the harness refused or dropped the WebSocket). */
export function markConnectionLost(store: StoreApi<AppState>, error?: unknown): void {
  store.setState({ connection: 'lost', ...(error !== undefined ? failureFields(toRequestFailure(error)) : {}) });
}
