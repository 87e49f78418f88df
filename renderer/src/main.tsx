import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import { connect } from './bridge/connect';
import { createAppStore, loadInitialSnapshot, markConnectionLost } from './store/app-store';
import { StoreProvider } from './store/store-context';
import { initialLanguage } from './i18n/initial-language';
import './styles.css';

const connection = connect();
const store = createAppStore(connection.api, initialLanguage());
connection.onClosed(() => markConnectionLost(store));
connection.ready.then(
  () => loadInitialSnapshot(store, connection.api),
  (error: unknown) => markConnectionLost(store, error),
);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <StoreProvider store={store} api={connection.api}>
      <App />
    </StoreProvider>
  </StrictMode>,
);
