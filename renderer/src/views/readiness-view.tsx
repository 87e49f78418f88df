import { useEffect, useState } from 'react';
import type { Readiness } from '../../../shared/readiness/readiness';
import { useTranslator } from '../i18n/use-translator';
import { useAppState, useCoreApi } from '../store/store-context';
import { checkDisplayName } from '../../../shared/i18n/check-name';
import { StatusBadge } from '../components/status-badge';

/** The dashboard's colours for the three answers to "can I invoice today?". */
const overallLook = { yes: 'ok', 'at-risk': 'warning', no: 'fault' } as const;

/** "Can I invoice today, and will I make the filing deadline?": the answer, the calendar, reminders, checks. */
export function ReadinessView() {
  const t = useTranslator();
  const api = useCoreApi();
  const snapshot = useAppState((s) => s.snapshot);
  const navigate = useAppState((s) => s.navigate);
  const recheckAll = useAppState((s) => s.recheckAll);
  const [readiness, setReadiness] = useState<Readiness>();
  const [error, setError] = useState<string>();

  useEffect(() => {
    api.request('getReadiness', {}).then(setReadiness, (e: unknown) => setError(String(e)));
  }, [api, snapshot?.updatedAt]);

  if (error) return <div className="banner warning">{t.t('ui.requestFailed', { reason: error })}</div>;
  if (!readiness) return <p className="muted">{t.t('ui.connecting')}</p>;
  const f = readiness.filing;
  const yesNo = (b: boolean): string => t.t(b ? 'readiness.filing.yes' : 'readiness.filing.no');
  return (
    <>
      <section
        className={`overall overall-${overallLook[readiness.canInvoice]}`}
        data-can-invoice={readiness.canInvoice}
      >
        <h1>{t.t(`readiness.canInvoice.${readiness.canInvoice}`)}</h1>
        <p data-deadline={readiness.deadline}>{t.t(`readiness.deadline.${readiness.deadline}`)}</p>
        <button type="button" onClick={() => void recheckAll()}>
          {t.t('ui.readiness.refresh')}
        </button>
      </section>
      <section className="panel">
        <h2>{t.t('ui.readiness.heading')}</h2>
        <p>{t.t('readiness.filing.period', { start: f.periodStart, deadline: f.deadline, today: f.today })}</p>
        <p>{t.t('readiness.filing.status', { reported: yesNo(f.reported), cleared: yesNo(f.cleared) })}</p>
        {readiness.reminders.length > 0 && (
          <ul className="reminders">
            {readiness.reminders.map((m) => (
              <li key={m.key}>{t.render(m)}</li>
            ))}
          </ul>
        )}
      </section>
      {readiness.faults.length > 0 && (
        <section className="panel">
          <h2>{t.t('cli.readiness.faults')}</h2>
          <ul className="faults">
            {readiness.faults.map((fault) => (
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
          {readiness.checks.map((c) => (
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
