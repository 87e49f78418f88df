import { useTranslator } from './i18n/use-translator';
import { rememberLanguage } from './i18n/initial-language';
import { useAppState } from './store/store-context';
import { Banners } from './components/banners';
import { PracticeBanner } from './components/practice-banner';
import { views } from './views';
import { headerModel } from './app-model';

/** The window: header with navigation, language and re-check; banners; the current view. */
export function App() {
  const t = useTranslator();
  const route = useAppState((s) => s.route);
  const navigate = useAppState((s) => s.navigate);
  const checking = useAppState((s) => s.checking);
  const recheckAll = useAppState((s) => s.recheckAll);
  const setLanguage = useAppState((s) => s.setLanguage);
  const language = useAppState((s) => s.language);
  const View = (views[route.view] ?? views.dashboard)!.component;
  const header = headerModel({ route, checking, views });

  const toggleLanguage = (): void => {
    const next = language === 'zh-CN' ? 'en' : 'zh-CN';
    rememberLanguage(next);
    setLanguage(next);
  };

  return (
    <div className="app" lang={language}>
      <header className="topbar">
        <span className="brand">{t.t('app.name')}</span>
        <nav>
          {header.nav.map((item) => (
            <button
              key={item.view}
              type="button"
              className={item.active ? 'nav active' : 'nav'}
              aria-current={item.active ? 'page' : undefined}
              onClick={() => navigate({ view: item.view })}
            >
              {t.t(item.labelKey)}
            </button>
          ))}
        </nav>
        <span className="spacer" />
        <button
          type="button"
          onClick={() => void recheckAll()}
          disabled={header.recheck.disabled}
          data-action="recheck"
        >
          {t.t(header.recheck.labelKey)}
        </button>
        <button type="button" onClick={toggleLanguage} data-action="language">
          {t.t('ui.language')}
        </button>
      </header>
      <PracticeBanner />
      <Banners />
      <main>
        <View />
      </main>
    </div>
  );
}
