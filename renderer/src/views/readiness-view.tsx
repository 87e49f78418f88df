import { useEffect } from 'react';
import { verdictText } from '../../../shared/i18n/verdict-text';
import { useTranslator } from '../i18n/use-translator';
import { useAppState } from '../store/store-context';
import { CheckRow } from '../components/check-row';
import { StatusIcon } from '../components/status-icon';
import { ViewHeader } from '../components/view-header';
import { RequestFailureBanner } from '../components/request-failure-banner';
import { lookOf } from '../components/tone';
import { useCoreRequest } from '../requests/use-core-request';
import { readinessModel } from './readiness-model';

/** "Can I invoice today, and will I make the filing deadline?": the verdict, the calendar, reminders, checks. */
export default function ReadinessView() {
  const t = useTranslator();
  const snapshot = useAppState((s) => s.snapshot);
  const navigate = useAppState((s) => s.navigate);
  const readiness = useCoreRequest('getReadiness');
  const { run } = readiness;

  // Asked again with every snapshot, so the answer follows the checks (and a restarted core).
  useEffect(() => void run({}), [run, snapshot?.updatedAt]);

  const model = readinessModel(readiness, snapshot);
  const header = <ViewHeader title={t.t('ui.readiness.heading')} />;
  if (model.kind === 'failed')
    return (
      <>
        {header}
        <RequestFailureBanner failure={model.failure} />
      </>
    );
  if (model.kind === 'loading')
    return (
      <>
        {header}
        <p className="muted">{t.render(model.message)}</p>
      </>
    );
  const look = lookOf(model.look);
  return (
    <div className="readiness-view">
      {header}
      {model.failure && <RequestFailureBanner failure={model.failure} />}
      <section
        className={`verdict compact palette-${look.palette}`}
        data-can-invoice={model.canInvoice}
        data-verdict={model.verdict.canInvoice}
        aria-labelledby="readiness-answer"
      >
        <StatusIcon shape={look.shape} size={32} />
        <div className="verdict-text">
          <h2 id="readiness-answer">{verdictText(model.verdict, t)}</h2>
          <p className="verdict-meta" data-deadline={model.deadline}>
            {t.t(model.deadlineKey)}
          </p>
        </div>
      </section>
      <section className="panel" aria-labelledby="filing-heading">
        <h2 id="filing-heading">{t.t('ui.readiness.filing')}</h2>
        <p>{t.t('ui.readiness.mode', { mode: t.t(`ui.invoicing.mode.${model.mode}`) })}</p>
        {model.filing ? (
          <>
            <p>{t.render(model.filing.period)}</p>
            <p>
              {t.t('readiness.filing.status', {
                reported: t.t(model.filing.reportedKey),
                cleared: t.t(model.filing.clearedKey),
              })}
            </p>
          </>
        ) : (
          <p>{t.t('ui.readiness.noFiling')}</p>
        )}
        {model.reminders.length > 0 && (
          <ul className="reminders">
            {model.reminders.map((m) => (
              <li key={m.key}>{t.render(m)}</li>
            ))}
          </ul>
        )}
      </section>
      {model.faults.length > 0 && (
        <section className="panel" aria-labelledby="readiness-faults">
          <h2 id="readiness-faults">{t.t('ui.readiness.faults')}</h2>
          <ul className="plain">
            {model.faults.map((fault) => (
              <li key={fault.id} className={`fault severity-${fault.severity}`} data-fault-id={fault.id}>
                <div className="fault-head">
                  <StatusIcon shape={fault.severity === 'critical' ? 'cross' : 'triangle'} />
                  <h3>{t.t(`fault.${fault.id}.title`)}</h3>
                  <button
                    type="button"
                    className={fault.severity === 'critical' ? 'primary' : undefined}
                    onClick={() => navigate({ view: 'guide', params: { guideId: fault.guide } })}
                  >
                    {t.t('ui.verdict.startFixing')}
                  </button>
                </div>
              </li>
            ))}
          </ul>
        </section>
      )}
      <section className="panel" aria-labelledby="readiness-checks">
        <h2 id="readiness-checks">{t.t('ui.readiness.checks')}</h2>
        <ul className="check-rows">
          {model.checks.map((c) => (
            <CheckRow key={c.id} check={c} />
          ))}
        </ul>
      </section>
    </div>
  );
}
