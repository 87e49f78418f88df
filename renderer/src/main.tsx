import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import { connect } from './bridge/connect';
import {
  createAppStore,
  fetchInitialAnswers,
  loadIncidentOverview,
  loadInitialSnapshot,
  markConnectionLost,
} from './store/app-store';
import { StoreProvider } from './store/store-context';
import { initialLanguage } from './i18n/initial-language';
import { loadBundledMessages } from './i18n/load-bundled-messages';
import './styles.css';

// The first screen's strings, the connection and the core's first answers are all under way at
// once; the page renders when the strings are here and shows the state as soon as it is.
const connection = connect();
const language = initialLanguage();
document.documentElement.lang = language;
const answers = connection.ready.then(() => fetchInitialAnswers(connection.api));
answers.catch(() => {}); // a connection that never opens is reported below, once the store exists

void loadBundledMessages(language, 'screen').then((messages) => {
  const store = createAppStore(connection.api, {
    language,
    messages,
    messageParts: ['screen'],
    loadMessages: loadBundledMessages,
  });
  connection.onClosed(() => markConnectionLost(store));
  connection.ready.then(
    () =>
      Promise.all([loadInitialSnapshot(store, connection.api, answers), loadIncidentOverview(store, connection.api)]),
    (error: unknown) => markConnectionLost(store, error),
  );
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <StoreProvider store={store} api={connection.api}>
        <App />
      </StoreProvider>
    </StrictMode>,
  );
});
