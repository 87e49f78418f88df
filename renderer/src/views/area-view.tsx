import { useTranslator } from '../i18n/use-translator';
import { useAppState } from '../store/store-context';
import { CheckRow } from '../components/check-row';
import { StatusBadge } from '../components/status-badge';
import { ViewHeader } from '../components/view-header';
import { FaultList } from '../components/fault-list';
import { areaModel } from './area-model';

/** One area in full: its state, its open faults with the way into their guides, and each of its checks. */
export default function AreaView() {
  const t = useTranslator();
  const snapshot = useAppState((s) => s.snapshot);
  const cardId = useAppState((s) => s.route.params?.card ?? '');
  const navigate = useAppState((s) => s.navigate);
  const model = areaModel(snapshot, cardId);
  if (model.kind === 'waiting') return <p className="muted waiting">{t.t('ui.connecting')}</p>;
  if (model.kind === 'unknown-card') return <p className="muted waiting">{t.t('ui.area.unknown')}</p>;
  const { card } = model;
  return (
    <div className="area-view" data-area={card.id}>
      <button type="button" className="link back" onClick={() => navigate({ view: 'dashboard' })}>
        {t.t('ui.backToDashboard')}
      </button>
      <ViewHeader title={t.t(card.titleKey)}>
        <p className="view-state">
          <StatusBadge tone={card.tone} /> <span>{t.render(card.detail)}</span>
        </p>
      </ViewHeader>
      {model.faults.length > 0 && <FaultList faults={model.faults} />}
      <section className="panel" aria-labelledby="area-checks-heading">
        <h2 id="area-checks-heading">{t.t('ui.area.checks')}</h2>
        {model.checks.length ? (
          <ul className="check-rows">
            {model.checks.map((check) => (
              <CheckRow key={check.id} check={check} />
            ))}
          </ul>
        ) : (
          <p className="muted">{t.render(card.detail)}</p>
        )}
      </section>
    </div>
  );
}
