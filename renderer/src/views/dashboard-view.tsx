import { useTranslator } from '../i18n/use-translator';
import { useAppState } from '../store/store-context';
import { CheckList } from '../components/check-list';
import { FaultList } from '../components/fault-list';
import { dashboardModel } from './dashboard-model';

/** "Can I invoice right now?": the overall state, the faults to fix, then every check. */
export function DashboardView() {
  const t = useTranslator();
  const snapshot = useAppState((s) => s.snapshot);
  const coreStatus = useAppState((s) => s.coreStatus);
  const model = dashboardModel({ snapshot, coreStatus });
  if (model.kind === 'waiting') return <p className="muted">{t.render(model.message)}</p>;
  return (
    <>
      <section className={`overall overall-${model.overall}`} data-overall={model.overall}>
        <h1>{t.t(`overall.${model.overall}`)}</h1>
        <p className="muted">{t.t('ui.policy.source', { source: t.t(model.policySourceKey) })}</p>
      </section>
      <FaultList faults={model.faults} />
      <CheckList checks={model.checks} />
    </>
  );
}
