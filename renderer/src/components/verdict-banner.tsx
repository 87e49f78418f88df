import { verdictText } from '../../../shared/i18n/verdict-text';
import { checkDisplayName } from '../../../shared/i18n/check-name';
import { cardRoute } from '../areas/area-cards';
import { useTranslator } from '../i18n/use-translator';
import { useAppState } from '../store/store-context';
import type { VerdictModel } from '../views/dashboard-model';
import { StatusIcon } from './status-icon';
import { lookOf } from './tone';
import { localTime } from './format';
import { useFocusOnOpen } from './use-focus-on-open';

/**
 * "Can I invoice?" in the snapshot's own words (the tray and readiness say the same), coloured and
 * shaped by the answer; the fault to fix first right under it with its "start fixing" button; the
 * other open faults after it, with less weight.
 */
export function VerdictBanner(props: { model: VerdictModel; mode: 'tax-device' | 'digital' }) {
  const t = useTranslator();
  const navigate = useAppState((s) => s.navigate);
  const { model } = props;
  const look = lookOf(model.tone);
  const first = model.first;
  const heading = useFocusOnOpen<HTMLHeadingElement>();
  return (
    <>
      <section
        className={`verdict palette-${look.palette}`}
        data-verdict={model.verdict.canInvoice}
        data-overall={model.tone}
        aria-labelledby="verdict-heading"
      >
        <StatusIcon shape={look.shape} size={40} />
        <div className="verdict-text">
          <h1 id="verdict-heading" tabIndex={-1} ref={heading}>
            {verdictText(model.verdict, t)}
          </h1>
          <p className="verdict-meta">
            {t.t('ui.verdict.meta', {
              time: localTime(model.updatedAt, t),
              mode: t.t(`ui.invoicing.mode.${props.mode}`),
            })}
          </p>
        </div>
      </section>
      {first?.kind === 'fault' && (
        <section
          className={`blocking severity-${first.fault.severity}`}
          data-fault-id={first.fault.id}
          aria-labelledby="blocking-heading"
        >
          <p className="eyebrow">
            {t.t(first.fault.severity === 'critical' ? 'ui.verdict.blocking' : 'ui.verdict.first')}
          </p>
          <h2 id="blocking-heading">{t.t(`fault.${first.fault.id}.title`)}</h2>
          {t.has(`fault.${first.fault.id}.explain`) && <p>{t.t(`fault.${first.fault.id}.explain`)}</p>}
          <div className="blocking-foot">
            <span className="muted">{t.t('ui.faults.since', { time: localTime(first.fault.since, t) })}</span>
            <button
              type="button"
              className="primary"
              data-action="start-guide"
              onClick={() =>
                navigate({ view: 'guide', params: { faultId: first.fault.id, guideId: first.fault.guide } })
              }
            >
              {t.t('ui.verdict.startFixing')}
            </button>
          </div>
        </section>
      )}
      {first?.kind === 'check' && (
        <section className="blocking severity-warning" data-check-first={first.checkId}>
          <p className="eyebrow">{t.t('ui.verdict.first')}</p>
          <h2>{checkDisplayName(first.checkId, t)}</h2>
          <div className="blocking-foot">
            <span />
            <button type="button" onClick={() => navigate(cardRoute(first.cardId))}>
              {t.t('ui.verdict.showCheck')}
            </button>
          </div>
        </section>
      )}
      {model.others.length > 0 && (
        <section className="others" aria-labelledby="others-heading">
          <h2 id="others-heading">{t.t('ui.verdict.others', { count: model.others.length })}</h2>
          <ul className="plain">
            {model.others.map((fault) => (
              <li key={fault.id} className={`other-fault severity-${fault.severity}`} data-fault-id={fault.id}>
                <StatusIcon shape={fault.severity === 'critical' ? 'cross' : 'triangle'} />
                <span className="other-title">{t.t(`fault.${fault.id}.title`)}</span>
                <button
                  type="button"
                  aria-label={t.t('ui.verdict.fixThis', { title: t.t(`fault.${fault.id}.title`) })}
                  onClick={() => navigate({ view: 'guide', params: { faultId: fault.id, guideId: fault.guide } })}
                >
                  {t.t('ui.verdict.fix')}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
