import { testStoreOptions } from '../support/test-messages';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { act, renderHook, waitFor } from '@testing-library/react';
import { useCoreRequest } from '../../../renderer/src/requests/use-core-request';
import { createAppStore } from '../../../renderer/src/store/app-store';
import { StoreProvider } from '../../../renderer/src/store/store-context';
import { fakeCoreApi, type FakeCoreApi } from '../support/fake-core-api';
import { fakeReadiness } from '../support/fixtures';

function renderRequest(core: FakeCoreApi) {
  const store = createAppStore(core.api, testStoreOptions('zh-CN'));
  const wrapper = ({ children }: { children: ReactNode }) => (
    <StoreProvider store={store} api={core.api}>
      {children}
    </StoreProvider>
  );
  return renderHook(() => useCoreRequest('getReadiness'), { wrapper });
}

describe('useCoreRequest', () => {
  it('is busy while the call runs, then holds the result', async () => {
    const core = fakeCoreApi();
    core.hold('getReadiness');
    const { result } = renderRequest(core);
    expect(result.current.busy).toBe(false);
    let answer: Promise<unknown> | undefined;
    act(() => void (answer = result.current.run({})));
    expect(result.current).toMatchObject({ busy: true, pending: {} });
    await act(async () => {
      core.held('getReadiness')[0]!.resolve(fakeReadiness());
      await answer;
    });
    expect(result.current).toMatchObject({ busy: false, data: fakeReadiness() });
  });

  it('classifies a failure by its protocol code and resolves with undefined', async () => {
    const core = fakeCoreApi();
    core.fail('getReadiness', 'unavailable', 'the core is restarting');
    const { result } = renderRequest(core);
    let answer: unknown = 'not yet';
    await act(async () => void (answer = await result.current.run({})));
    expect(answer).toBeUndefined();
    expect(result.current.failure).toEqual({ code: 'unavailable', detail: 'the core is restarting' });
  });

  it('lets only the latest call update the state, however the answers arrive', async () => {
    const core = fakeCoreApi();
    core.hold('getReadiness');
    const { result } = renderRequest(core);
    act(() => void result.current.run({}));
    act(() => void result.current.run({}));
    const [older, newer] = core.held('getReadiness');
    await act(async () => newer!.resolve(fakeReadiness({ canInvoice: 'no' })));
    await act(async () => older!.resolve(fakeReadiness({ canInvoice: 'yes' })));
    await waitFor(() => expect(result.current.busy).toBe(false));
    expect(result.current.data?.canInvoice).toBe('no');
  });

  it('ignores an answer that arrives after the view has gone', async () => {
    const core = fakeCoreApi();
    core.hold('getReadiness');
    const { result, unmount } = renderRequest(core);
    let answer: Promise<unknown> | undefined;
    act(() => void (answer = result.current.run({})));
    unmount();
    core.held('getReadiness')[0]!.resolve(fakeReadiness());
    await expect(answer).resolves.toBeUndefined();
  });
});
