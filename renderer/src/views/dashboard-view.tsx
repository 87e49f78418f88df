import { useTranslator } from '../i18n/use-translator';
import { useAppState } from '../store/store-context';
import { CheckList } from '../components/check-list';
import { FaultList } from '../components/fault-list';

/** "Can I invoice right now?": the overall state, the faults to fix, then every check. */
export function DashboardView() {
  const t = useTranslator();
  const snapshot = useAppState((s) => s.snapshot);
  if (!snapshot) return <p className="muted">{t.t('ui.connecting')}</p>;
  return (
    <>
      <section className={`overall overall-${snapshot.overall}`} data-overall={snapshot.overall}>
        <h1>{t.t(`overall.${snapshot.overall}`)}</h1>
        <p className="muted">{t.t('ui.policy.source', { source: t.t(`policy.source.${snapshot.policy.source}`) })}</p>
      </section>
      <FaultList faults={snapshot.faults} />
      <CheckList checks={snapshot.checks} />
    </>
  );
}
