import { useTranslator } from '../i18n/use-translator';
import { useAppState } from '../store/store-context';
import type { CardModel } from '../areas/card-model';
import { cardRoute } from '../areas/area-cards';
import { StatusBadge } from './status-badge';
import { lookOf } from './tone';
import { localTime } from './format';
import { renderTimed } from './timed-message';

/** One area as an accountant knows it: its state in words and shape, the key detail, when it changed. */
export function AreaCard(props: { card: CardModel }) {
  const t = useTranslator();
  const navigate = useAppState((s) => s.navigate);
  const { card } = props;
  const look = lookOf(card.tone);
  const title = t.t(card.titleKey);
  const headingId = `card-${card.id}-title`;
  return (
    <article
      className={`card palette-${look.palette}`}
      data-card-id={card.id}
      data-tone={card.tone}
      aria-labelledby={headingId}
      aria-busy={card.checking || undefined}
    >
      <div className="card-head">
        <h3 id={headingId}>{title}</h3>
        <StatusBadge tone={card.tone} />
      </div>
      <p className="card-detail">{t.render(card.detail)}</p>
      {card.lines && (
        <ul className="plain card-lines">
          {card.lines.map((line) => (
            <li key={line.key} data-line={line.key}>
              {renderTimed(t, line)}
            </li>
          ))}
        </ul>
      )}
      {card.more && <p className="card-note">{t.render(card.more)}</p>}
      {card.skipped && <p className="card-note">{t.render(card.skipped)}</p>}
      <div className="card-foot">
        <span className="card-time">
          {card.checking
            ? t.t('ui.card.checking')
            : card.time
              ? t.t(card.time.key, { time: localTime(card.time.at, t) })
              : ''}
        </span>
        <button
          type="button"
          className="small"
          aria-label={t.t('ui.card.openNamed', { title })}
          onClick={() => navigate(cardRoute(card.id))}
        >
          {t.t('ui.card.open')}
        </button>
      </div>
    </article>
  );
}
