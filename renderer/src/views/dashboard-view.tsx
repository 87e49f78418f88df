import { useTranslator } from '../i18n/use-translator';
import { useAppState } from '../store/store-context';
import { AreaCard } from '../components/area-card';
import { VerdictBanner } from '../components/verdict-banner';
import { IncidentsPanel } from '../components/incidents-panel';
import { recheckProgress } from '../areas/card-model';
import { dashboardModel } from './dashboard-model';

/** "Can I invoice right now?": the verdict in plain words, the fault to fix first, then one card per area. */
export function DashboardView() {
  const t = useTranslator();
  const snapshot = useAppState((s) => s.snapshot);
  const coreStatus = useAppState((s) => s.coreStatus);
  const history = useAppState((s) => s.cardHistory);
  const baseline = useAppState((s) => s.recheckBaseline);
  const recheck = baseline && snapshot ? recheckProgress(baseline, snapshot) : undefined;
  const model = dashboardModel({ snapshot, coreStatus, history, ...(recheck ? { recheck } : {}) });
  if (model.kind === 'waiting') return <p className="muted waiting">{t.render(model.message)}</p>;
  return (
    <div className="dashboard" data-updated-at={snapshot?.updatedAt}>
      <VerdictBanner model={model.verdict} mode={snapshot?.invoicing.mode ?? 'tax-device'} />
      {/* Help right under the verdict, where someone who cannot invoice looks next. */}
      <IncidentsPanel />
      <section aria-labelledby="cards-heading">
        <h2 id="cards-heading" className="section-title">
          {t.t('ui.cards.heading')}
        </h2>
        <div className="cards">
          {model.cards.map((card) => (
            <AreaCard key={card.id} card={card} />
          ))}
        </div>
      </section>
    </div>
  );
}
