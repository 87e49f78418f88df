import { useTranslator } from '../i18n/use-translator';
import { useAppState } from '../store/store-context';
import { localTime } from './format';
import { incidentsPanelModel } from './incidents-panel-model';

/**
 * The dashboard's journal line: how many problems are open, the last one, the way to the history,
 * and the prominent way to support. "Contact support" shows even before the journal answers: the
 * person who needs it most is the one whose journal is in trouble.
 */
export function IncidentsPanel() {
  const t = useTranslator();
  const overview = useAppState((s) => s.incidents);
  const navigate = useAppState((s) => s.navigate);
  const model = incidentsPanelModel(overview, t.has);
  return (
    <section
      className="panel incidents-panel"
      aria-labelledby="incidents-heading"
      data-open-incidents={model?.open.length}
    >
      <div className="incidents-head">
        <h2 id="incidents-heading">{t.t('ui.incidents.heading')}</h2>
        <button
          type="button"
          className="primary"
          data-action="contact-support"
          onClick={() => navigate({ view: 'support' })}
        >
          {t.t('ui.incidents.contactSupport')}
        </button>
      </div>
      {model && (
        <>
          {model.practice && <p className="muted">{t.t('ui.incidents.practice')}</p>}
          <p data-incidents-count>
            <strong>{t.render(model.count)}</strong>
          </p>
          {model.open.length > 0 && (
            <ul className="bullets">
              {model.open.map((i) => (
                <li key={i.id} data-incident-id={i.id}>
                  {t.t(i.titleKey)}{' '}
                  <span className="muted">{t.t('ui.incidents.since', { time: localTime(i.since, t) })}</span>
                </li>
              ))}
            </ul>
          )}
          {model.last ? (
            <p className="muted" data-last-incident>
              {t.t('ui.incidents.last', {
                title: t.t(model.last.titleKey),
                time: localTime(model.last.at, t),
                status: t.t(model.last.statusKey),
              })}
            </p>
          ) : (
            !model.open.length && <p className="muted">{t.t('ui.incidents.noLast')}</p>
          )}
        </>
      )}
      <button type="button" className="link" onClick={() => navigate({ view: 'history' })}>
        {t.t('ui.incidents.toHistory')}
      </button>
    </section>
  );
}
