import { checkDisplayName } from '../../../shared/i18n/check-name';
import { useTranslator } from '../i18n/use-translator';
import { useAppState } from '../store/store-context';
import { CheckRow } from '../components/check-row';
import { LatencyChart } from '../components/latency-chart';
import { StatusBadge } from '../components/status-badge';
import { StatusIcon } from '../components/status-icon';
import { ViewHeader } from '../components/view-header';
import { lookOf } from '../components/tone';
import { networkModel, type PlatformRow } from './network-model';

/** The network: "us or them" on top, the chain of layers, then each platform with its cause and latency. */
export default function NetworkView() {
  const t = useTranslator();
  const snapshot = useAppState((s) => s.snapshot);
  const model = networkModel(snapshot);
  if (model.kind === 'waiting') return <p className="muted waiting">{t.t('ui.connecting')}</p>;
  const look = lookOf(model.verdict.tone);
  return (
    <div className="network-view">
      <ViewHeader title={t.t('ui.network.heading')} />
      <section
        className={`net-verdict palette-${look.palette}`}
        data-scope={model.verdict.scopeKey.split('.').at(-1)}
        aria-labelledby="net-verdict-heading"
      >
        <StatusIcon shape={look.shape} size={28} />
        <div>
          <h2 id="net-verdict-heading">{t.t(model.verdict.scopeKey)}</h2>
          <p>{t.render(model.verdict.message)}</p>
        </div>
      </section>
      <ol className="chain" aria-label={t.t('ui.network.chainLabel')}>
        {model.chain.map((link) => (
          <li
            key={link.id}
            className={`chain-link palette-${lookOf(link.tone).palette}`}
            data-link={link.id}
            data-tone={link.tone}
          >
            <span className="chain-name">{t.t(`ui.network.link.${link.id}`)}</span>
            <StatusBadge tone={link.tone} />
          </li>
        ))}
      </ol>
      <section className="panel" aria-labelledby="platforms-heading">
        <h2 id="platforms-heading">{t.t('ui.network.platforms')}</h2>
        {model.platforms.length ? (
          <ul className="plain platforms">
            {model.platforms.map((row) => (
              <Platform key={row.id} row={row} />
            ))}
          </ul>
        ) : (
          <p className="muted">{t.t('ui.network.noPlatforms')}</p>
        )}
      </section>
      {model.local.length > 0 && (
        <section className="panel" aria-labelledby="local-heading">
          <h2 id="local-heading">{t.t('ui.network.local')}</h2>
          <ul className="check-rows">
            {model.local.map((check) => (
              <CheckRow key={check.id} check={check} />
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}

function Platform(props: { row: PlatformRow }) {
  const t = useTranslator();
  const { row } = props;
  return (
    <li className={`platform palette-${lookOf(row.tone).palette}`} data-check-id={row.id} data-status={row.tone}>
      <div className="platform-head">
        <h3>{checkDisplayName(row.id, t, row.details)}</h3>
        <StatusBadge tone={row.tone} />
      </div>
      <p className="platform-cause" data-cause={row.causeKey.split('.').at(-1)}>
        <strong>{t.t(row.causeKey)}</strong>
        {row.host && (
          <span className="muted"> · {t.t('ui.network.address', { host: row.host, port: row.port ?? '' })}</span>
        )}
      </p>
      <LatencyChart samples={row.history} />
      <details className="tech-details">
        <summary>{t.t('ui.error.details')}</summary>
        <p>{t.render(row.summary)}</p>
      </details>
    </li>
  );
}
