import { useEffect } from 'react';
import { useTranslator } from '../i18n/use-translator';
import { useAppState } from '../store/store-context';
import { checkDisplayName } from '../../../shared/i18n/check-name';
import { StatusBadge } from '../components/status-badge';
import { RequestFailureBanner } from '../components/request-failure-banner';
import { useCoreRequest } from '../requests/use-core-request';
import { readinessModel } from './readiness-model';

/** "Can I invoice today, and will I make the filing deadline?": the answer, the calendar, reminders, checks. */
export function ReadinessView() {
  const t = useTranslator();
  const snapshot = useAppState((s) => s.snapshot);
  const navigate = useAppState((s) => s.navigate);
  const recheckAll = useAppState((s) => s.recheckAll);
  const readiness = useCoreRequest('getReadiness');
  const { run } = readiness;

  // Asked again with every snapshot, so the answer follows the checks (and a restarted core).
  useEffect(() => void run({}), [run, snapshot?.updatedAt]);

  const model = readinessModel(readiness);
  if (model.kind === 'failed') return <RequestFailureBanner failure={model.failure} />;
  if (model.kind === 'loading') return <p className="muted">{t.render(model.message)}</p>;
  return (
    <>
      {model.failure && <RequestFailureBanner failure={model.failure} />}
      <section className={`overall overall-${model.look}`} data-can-invoice={model.canInvoice}>
        <h1>{t.t(model.answerKey)}</h1>
        <p data-deadline={model.deadline}>{t.t(model.deadlineKey)}</p>
        <button type="button" onClick={() => void recheckAll()}>
          {t.t('ui.readiness.refresh')}
        </button>
      </section>
      <section className="panel">
        <h2>{t.t('ui.readiness.heading')}</h2>
        <p>{t.render(model.period)}</p>
        <p>{t.t('readiness.filing.status', { reported: t.t(model.reportedKey), cleared: t.t(model.clearedKey) })}</p>
        {model.reminders.length > 0 && (
          <ul className="reminders">
            {model.reminders.map((m) => (
              <li key={m.key}>{t.render(m)}</li>
            ))}
          </ul>
        )}
      </section>
      {model.faults.length > 0 && (
        <section className="panel">
          <h2>{t.t('cli.readiness.faults')}</h2>
          <ul className="faults">
            {model.faults.map((fault) => (
              <li key={fault.id} className={`fault severity-${fault.severity}`}>
                <strong>{t.t(`fault.${fault.id}.title`)}</strong>{' '}
                <button type="button" onClick={() => navigate({ view: 'guide', params: { guideId: fault.guide } })}>
                  {t.t('ui.readiness.openGuide')}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
      <section className="panel">
        <h2>{t.t('cli.readiness.checks')}</h2>
        <ul className="checks">
          {model.checks.map((c) => (
            <li key={c.id} className="check" data-check-id={c.id} data-status={c.status}>
              <StatusBadge status={c.status} />
              <span className="check-name">{checkDisplayName(c.id, t)}</span>
              <span className="check-summary">{t.render(c.summary)}</span>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
