import type { Fault } from '../../../shared/model/fault';
import { useTranslator } from '../i18n/use-translator';
import { useAppState } from '../store/store-context';
import { formatTime } from '../../../shared/i18n/format-time';

/** The open faults, most severe first, each with its explanation and the way into its guide. */
export function FaultList(props: { faults: readonly Fault[] }) {
  const t = useTranslator();
  const navigate = useAppState((s) => s.navigate);
  return (
    <section className="panel" aria-labelledby="faults-heading">
      <h2 id="faults-heading">{t.t('ui.faults.heading')}</h2>
      {props.faults.length === 0 ? (
        <p className="muted">{t.t('ui.faults.none')}</p>
      ) : (
        <>
          <p className="calm">{t.t('ui.calm')}</p>
          <ul className="faults">
            {props.faults.map((fault) => (
              <li key={fault.id} className={`fault severity-${fault.severity}`} data-fault-id={fault.id}>
                <div className="fault-head">
                  <span className="tag">{t.t(`category.${fault.category}`)}</span>
                  <span className="tag">{t.t(`severity.${fault.severity}`)}</span>
                  <strong>{t.t(`fault.${fault.id}.title`)}</strong>
                </div>
                <p>{t.t(`fault.${fault.id}.explain`)}</p>
                <div className="fault-foot">
                  <span className="muted">{t.t('ui.faults.since', { time: formatTime(fault.since, t.language) })}</span>
                  <button
                    type="button"
                    onClick={() => navigate({ view: 'guide', params: { faultId: fault.id, guideId: fault.guide } })}
                  >
                    {t.t('ui.faults.openGuide')}
                  </button>
                </div>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
