import type { Fault } from '../../../shared/model/fault';
import { useTranslator } from '../i18n/use-translator';
import { useAppState } from '../store/store-context';
import { StatusIcon } from './status-icon';
import { localTime } from './format';

/** Open faults, most severe first, each with its explanation and the way into its guide. */
export function FaultList(props: { faults: readonly Fault[] }) {
  const t = useTranslator();
  const navigate = useAppState((s) => s.navigate);
  return (
    <section className="panel" aria-labelledby="faults-heading">
      <h2 id="faults-heading">{t.t('ui.faults.heading')}</h2>
      {props.faults.length === 0 ? (
        <p className="muted">{t.t('ui.faults.none')}</p>
      ) : (
        <ul className="plain">
          {props.faults.map((fault) => (
            <li key={fault.id} className={`fault severity-${fault.severity}`} data-fault-id={fault.id}>
              <div className="fault-head">
                <StatusIcon
                  shape={fault.severity === 'critical' ? 'cross' : fault.severity === 'warning' ? 'triangle' : 'dash'}
                />
                <h3>{t.t(`fault.${fault.id}.title`)}</h3>
                <span className="tag">{t.t(`severity.${fault.severity}`)}</span>
              </div>
              <p>{t.t(`fault.${fault.id}.explain`)}</p>
              <div className="fault-foot">
                <span className="muted">{t.t('ui.faults.since', { time: localTime(fault.since, t) })}</span>
                <button
                  type="button"
                  className={fault.severity === 'critical' ? 'primary' : undefined}
                  onClick={() => navigate({ view: 'guide', params: { faultId: fault.id, guideId: fault.guide } })}
                >
                  {t.t('ui.verdict.startFixing')}
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
