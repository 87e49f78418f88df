import { testStoreOptions } from '../support/test-messages';
import { describe, expect, it } from 'vitest';
import {
  createAppStore,
  loadIncidentOverview,
  loadInitialSnapshot,
  markConnectionLost,
} from '../../../renderer/src/store/app-store';
import { fakeIncident, fakeOverview } from '../support/journal-fixtures';
import { ConnectionLostError } from '../../../renderer/src/bridge/api';
import { fakeCoreApi } from '../support/fake-core-api';
import { restarting, running } from '../support/fixtures';
import type { CoreApi } from '../../../renderer/src/bridge/api';
import { ProtocolError } from '../../../shared/protocol/envelope';
import type { EventName } from '../../../shared/protocol/contract';
import { fakeSnapshot } from '../../support/fake-snapshot';

/** An in-memory core API the test drives: answers requests with a function and pushes events by hand. */
function fakeApi(answer: (method: string) => unknown) {
  const listeners = new Map<string, Set<(p: never) => void>>();
  const api: CoreApi = {
    request: async (method) => answer(method) as never,
    on: (name, listener) => {
      const set = listeners.get(name) ?? new Set();
      listeners.set(name, set);
      set.add(listener as (p: never) => void);
      return () => void set.delete(listener as (p: never) => void);
    },
  };
  return { api, push: (name: EventName, payload: unknown) => listeners.get(name)?.forEach((l) => l(payload as never)) };
}

describe('the renderer store', () => {
  it('shows the first snapshot once connected, then every pushed one', async () => {
    const { api, push } = fakeApi(() => fakeSnapshot({ overall: 'ok' }));
    const store = createAppStore(api, testStoreOptions('zh-CN'));
    expect(store.getState().connection).toBe('connecting');
    await loadInitialSnapshot(store, api);
    expect(store.getState()).toMatchObject({ connection: 'connected', snapshot: { overall: 'ok' } });
    push('snapshot', fakeSnapshot({ overall: 'fault' }));
    expect(store.getState().snapshot?.overall).toBe('fault');
  });

  it('marks the connection lost when the core cannot be reached', async () => {
    const { api } = fakeApi(() => {
      throw new ProtocolError('unavailable', 'the core is restarting');
    });
    const store = createAppStore(api, testStoreOptions('en'));
    await loadInitialSnapshot(store, api);
    expect(store.getState()).toMatchObject({ connection: 'lost', lastError: 'the core is restarting' });
  });

  it('re-checks on request, showing progress and keeping the error when it fails', async () => {
    let fail = false;
    const { api } = fakeApi(() => {
      if (fail) throw new ProtocolError('timeout', 'runChecks got no answer');
      return fakeSnapshot({ overall: 'warning' });
    });
    const store = createAppStore(api, testStoreOptions('en'));
    const pending = store.getState().recheckAll();
    expect(store.getState().checking).toBe(true);
    await pending;
    expect(store.getState()).toMatchObject({ checking: false, snapshot: { overall: 'warning' } });
    fail = true;
    await store.getState().recheckAll();
    expect(store.getState()).toMatchObject({ checking: false, lastError: 'runChecks got no answer' });
  });

  it('follows the core supervisor status and navigation', () => {
    const { api, push } = fakeApi(() => fakeSnapshot());
    const store = createAppStore(api, testStoreOptions('en'));
    push('coreStatus', { state: 'restarting', restarts: 2, retryInMs: 1000 });
    expect(store.getState().coreStatus?.state).toBe('restarting');
    store.getState().navigate({ view: 'guide', params: { faultId: 'disk.low-space' } });
    expect(store.getState().route).toEqual({ view: 'guide', params: { faultId: 'disk.low-space' } });
  });
});

describe('a window that opens while the core restarts', () => {
  it('learns from the host that the core is restarting and waits for it instead of calling the connection lost', async () => {
    const core = fakeCoreApi();
    core.answer('getCoreStatus', restarting);
    core.fail('getSnapshot', 'unavailable', 'the core is restarting');
    const store = createAppStore(core.api, testStoreOptions('zh-CN'));
    await loadInitialSnapshot(store, core.api);
    expect(store.getState()).toMatchObject({ connection: 'connecting', coreStatus: restarting });
    expect(store.getState().lastError).toBeUndefined();

    core.push('coreStatus', running);
    core.push('snapshot', fakeSnapshot({ overall: 'ok' }));
    expect(store.getState()).toMatchObject({
      connection: 'connected',
      coreStatus: running,
      snapshot: { overall: 'ok' },
    });
  });

  it('keeps a coreStatus event that arrives while it asks over the older answer', async () => {
    const core = fakeCoreApi();
    core.hold('getCoreStatus');
    core.answer('getSnapshot', fakeSnapshot());
    const store = createAppStore(core.api, testStoreOptions('en'));
    const loading = loadInitialSnapshot(store, core.api);
    core.push('coreStatus', running);
    core.held('getCoreStatus')[0]!.resolve(restarting);
    await loading;
    expect(store.getState().coreStatus).toEqual(running);
  });

  it('still calls the connection lost when the host does not answer either', async () => {
    const core = fakeCoreApi();
    core.throwError('getCoreStatus', new ConnectionLostError('socket closed'));
    core.throwError('getSnapshot', new ConnectionLostError('socket closed'));
    const store = createAppStore(core.api, testStoreOptions('zh-CN'));
    await loadInitialSnapshot(store, core.api);
    expect(store.getState()).toMatchObject({
      connection: 'lost',
      lastError: 'socket closed',
      lastErrorCode: 'connection-lost',
    });
  });
});

describe('failures the store records', () => {
  it('keeps the code of a failed re-check beside its technical text, and clears both on the next', async () => {
    const core = fakeCoreApi();
    core.fail('runChecks', 'unavailable', 'the core is restarting');
    const store = createAppStore(core.api, testStoreOptions('zh-CN'));
    await store.getState().recheckAll();
    expect(store.getState()).toMatchObject({ lastError: 'the core is restarting', lastErrorCode: 'unavailable' });
    core.answer('runChecks', fakeSnapshot());
    await store.getState().recheckAll();
    expect(store.getState().lastError).toBeUndefined();
    expect(store.getState().lastErrorCode).toBeUndefined();
  });

  it('marks the connection lost, with the reason when there is one', () => {
    const store = createAppStore(fakeCoreApi().api, testStoreOptions('zh-CN'));
    markConnectionLost(store, new ConnectionLostError('cannot reach the InvoiceGuard core'));
    expect(store.getState()).toMatchObject({
      connection: 'lost',
      lastError: 'cannot reach the InvoiceGuard core',
      lastErrorCode: 'connection-lost',
    });
  });

  it('loads the other language’s strings (the parts loaded so far) before switching to it', async () => {
    const loaded: string[] = [];
    const options = testStoreOptions('zh-CN');
    const store = createAppStore(fakeCoreApi().api, {
      ...options,
      messageParts: ['screen'],
      loadMessages: async (language, part) => {
        loaded.push(`${language}/${part}`);
        return options.loadMessages(language, part);
      },
    });
    const switching = store.getState().setLanguage('en');
    expect(store.getState().language).toBe('zh-CN');
    await switching;
    expect(loaded).toEqual(['en/screen']);
    expect(store.getState()).toMatchObject({ language: 'en', messageParts: ['screen'] });
    expect(store.getState().messages['ui.checkNow']).toBe('Check now');
    expect(store.getState().messages['guide.support.do']).toBeUndefined();
    await store.getState().ensureMessages(['views']);
    expect(loaded).toEqual(['en/screen', 'en/views']);
    expect(store.getState().messages['guide.support.do']).toBeTruthy();
    await store.getState().ensureMessages(['views', 'screen']);
    expect(loaded).toHaveLength(2);
  });

  it('announces the verdict when a re-check finishes, and when a pushed snapshot changes it', async () => {
    const core = fakeCoreApi();
    core.answer('getSnapshot', fakeSnapshot());
    core.answer('getCoreStatus', running);
    core.answer('runChecks', fakeSnapshot({ updatedAt: '2026-11-27T08:00:05.000Z' }));
    const store = createAppStore(core.api, testStoreOptions('zh-CN'));
    await loadInitialSnapshot(store, core.api);
    expect(store.getState().announcement).toBeUndefined();
    await store.getState().recheckAll();
    expect(store.getState().announcement).toMatchObject({ seq: 1, kind: 'rechecked', verdict: { canInvoice: 'yes' } });
    core.push('snapshot', fakeSnapshot({ overall: 'fault', updatedAt: '2026-11-27T08:00:09.000Z' }));
    expect(store.getState().announcement).toMatchObject({ seq: 2, kind: 'changed', verdict: { canInvoice: 'no' } });
  });

  it('keeps each check’s time at the start of a re-check until it ends, for its progress', async () => {
    const core = fakeCoreApi();
    core.hold('runChecks');
    const store = createAppStore(core.api, testStoreOptions('zh-CN'));
    store.setState({ snapshot: fakeSnapshot() });
    const running = store.getState().recheckAll();
    expect(store.getState().recheckBaseline).toEqual({ 'disk.space': '2026-11-27T08:00:00.000Z' });
    core.held('runChecks')[0]!.resolve(fakeSnapshot());
    await running;
    expect(store.getState().recheckBaseline).toBeUndefined();
  });
});

describe('the journal overview in the store', () => {
  it('is asked once, then follows the incidents event; an event that came while asking wins', async () => {
    const asked = fakeOverview([fakeIncident()]);
    const pushed = fakeOverview([]);
    const { api, push } = fakeApi(() => asked);
    const store = createAppStore(api, testStoreOptions('zh-CN'));
    await loadIncidentOverview(store, api);
    expect(store.getState().incidents).toBe(asked);
    push('incidents', pushed);
    expect(store.getState().incidents).toBe(pushed);

    let answer: (v: unknown) => void = () => {};
    const slow = fakeApi(() => new Promise((resolve) => (answer = resolve)));
    const later = createAppStore(slow.api, testStoreOptions('zh-CN'));
    const loading = loadIncidentOverview(later, slow.api);
    slow.push('incidents', pushed);
    answer(asked);
    await loading;
    expect(later.getState().incidents).toBe(pushed);
  });

  it('leaves the dashboard without the line when the core has no journal (no connection problem)', async () => {
    const { api } = fakeApi(() => {
      throw new ProtocolError('unknown-method', 'getIncidentOverview');
    });
    const store = createAppStore(api, testStoreOptions('zh-CN'));
    await loadIncidentOverview(store, api);
    const state = store.getState();
    expect([state.connection, state.incidents, state.lastError]).toEqual(['connecting', undefined, undefined]);
  });
});
