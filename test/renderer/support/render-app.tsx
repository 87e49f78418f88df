import type { ReactElement } from 'react';
import { render, type RenderResult } from '@testing-library/react';
import { userEvent, type UserEvent } from '@testing-library/user-event';
import { App } from '../../../renderer/src/app';
import { createAppStore, type AppStateFields } from '../../../renderer/src/store/app-store';
import { StoreProvider } from '../../../renderer/src/store/store-context';
import type { Language } from '../../../shared/i18n/define-catalog';
import { fakeCoreApi, type FakeCoreApi } from './fake-core-api';
import { testStoreOptions } from './test-messages';

export interface Rendered extends RenderResult {
  core: FakeCoreApi;
  store: ReturnType<typeof createAppStore>;
  user: UserEvent;
}

/**
 * Renders `ui` (the whole window by default) with a real store over a fake core API, as main.tsx
 * does with the real one; `state` presets the store (route, snapshot, core status...).
 */
export function renderApp(
  options: {
    core?: FakeCoreApi;
    language?: Language;
    state?: Partial<AppStateFields>;
    ui?: ReactElement;
  } = {},
): Rendered {
  const core = options.core ?? fakeCoreApi();
  const store = createAppStore(core.api, testStoreOptions(options.language ?? 'zh-CN'));
  if (options.state) store.setState(options.state);
  const user = userEvent.setup();
  const result = render(
    <StoreProvider store={store} api={core.api}>
      {options.ui ?? <App />}
    </StoreProvider>,
  );
  return { ...result, core, store, user };
}

/**
 * The text a person sees in `element`: everything except the inside of closed <details> (where
 * the technical text for IT is folded away), whitespace collapsed.
 */
export function visibleText(element: Element): string {
  const clone = element.cloneNode(true) as Element;
  clone.querySelectorAll('details:not([open])').forEach((details) => {
    [...details.childNodes].forEach((child) => {
      if ((child as Element).tagName !== 'SUMMARY') child.remove();
    });
  });
  return (clone.textContent ?? '').replace(/\s+/g, ' ').trim();
}
