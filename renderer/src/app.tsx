import { Suspense, useEffect, useState } from 'react';
import { useTranslator } from './i18n/use-translator';
import { rememberLanguage } from './i18n/initial-language';
import { useAppState } from './store/store-context';
import { Banners } from './components/banners';
import { PracticeBanner } from './components/practice-banner';
import { LiveRegion } from './components/live-region';
import { VerdictPill } from './components/verdict-pill';
import { recheckProgress } from './areas/card-model';
import { views, type ViewEntry } from './views';
import { headerModel, wantsDetails } from './app-model';
import type { MessagePart } from './i18n/message-parts';

const noParts: readonly MessagePart[] = [];

/** The window: header with the verdict, re-check and language; navigation; banners; the current view. */
export function App() {
  const t = useTranslator();
  const route = useAppState((s) => s.route);
  const navigate = useAppState((s) => s.navigate);
  const checking = useAppState((s) => s.checking);
  const baseline = useAppState((s) => s.recheckBaseline);
  const snapshot = useAppState((s) => s.snapshot);
  const recheckAll = useAppState((s) => s.recheckAll);
  const setLanguage = useAppState((s) => s.setLanguage);
  const language = useAppState((s) => s.language);
  const entry = views[route.view] ?? (views.dashboard as ViewEntry);
  const progress = baseline && snapshot ? recheckProgress(baseline, snapshot) : undefined;
  const header = headerModel({ route, checking, views, ...(progress ? { progress } : {}) });

  const ensureMessages = useAppState((s) => s.ensureMessages);
  const detailsWanted = wantsDetails(snapshot);
  useEffect(() => {
    // Shown without them until they arrive (the explanation and the policy details wait); a failed
    // load leaves the titles, which say enough, and the next view that needs them tries again.
    if (detailsWanted) ensureMessages(['details']).catch(() => undefined);
  }, [detailsWanted, ensureMessages]);

  useEffect(() => {
    document.documentElement.lang = language;
    document.title = t.t('ui.windowTitle');
  }, [language, t]);

  const toggleLanguage = (): void => {
    const next = language === 'zh-CN' ? 'en' : 'zh-CN';
    rememberLanguage(next);
    void setLanguage(next);
  };

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t.t('ui.skipToMain')}
      </a>
      <header className="topbar">
        <span className="brand">{t.t('app.name')}</span>
        <VerdictPill />
        <span className="spacer" />
        <button
          type="button"
          className="primary"
          // aria-disabled, not disabled: a disabled button drops keyboard focus to the page.
          aria-disabled={header.recheck.busy || undefined}
          onClick={() => !header.recheck.busy && void recheckAll()}
          data-action="recheck"
        >
          {t.t(header.recheck.label.key, header.recheck.label.params)}
        </button>
        <button
          type="button"
          onClick={toggleLanguage}
          data-action="language"
          lang={language === 'zh-CN' ? 'en' : 'zh-CN'}
        >
          {t.t('ui.language')}
        </button>
      </header>
      <div className="layout">
        <nav className="sidenav" aria-label={t.t('ui.nav.label')}>
          <ul>
            {header.nav.map((item) => (
              <li key={item.view}>
                <button
                  type="button"
                  className={item.active ? 'nav active' : 'nav'}
                  aria-current={item.active ? 'page' : undefined}
                  data-nav={item.view}
                  onClick={() => navigate({ view: item.view })}
                >
                  {t.t(item.labelKey)}
                </button>
              </li>
            ))}
          </ul>
        </nav>
        <div className="content">
          <PracticeBanner />
          <Banners />
          <main id="main" tabIndex={-1}>
            <ViewHost key={route.view} entry={entry} />
          </main>
        </div>
      </div>
      <LiveRegion />
    </div>
  );
}

/** The current view, once its strings are loaded (a view's own chunk loads under Suspense). */
function ViewHost(props: { entry: ViewEntry }) {
  const t = useTranslator();
  const parts = useAppState((s) => s.messageParts);
  const ensureMessages = useAppState((s) => s.ensureMessages);
  const needed = props.entry.messages ?? noParts;
  const ready = needed.every((p) => parts.includes(p));
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (!ready) ensureMessages(needed).catch(() => setFailed(true));
  }, [ready, ensureMessages, needed]);
  const loading = <p className="muted waiting">{t.t(failed ? 'ui.error.connection-lost' : 'ui.loading')}</p>;
  if (!ready) return loading;
  const View = props.entry.component;
  return (
    <Suspense fallback={loading}>
      <View />
    </Suspense>
  );
}
