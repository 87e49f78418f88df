import type { Reading } from '../../../shared/model/reading';
import { useTranslator } from '../i18n/use-translator';
import { StatusBadge } from './status-badge';
import { formatTime } from '../../../shared/i18n/format-time';
import { checkDisplayName } from '../../../shared/i18n/check-name';
import { groupChecksByArea } from './check-list-model';

/** Every check, grouped by area, with its latest reading. */
export function CheckList(props: { checks: readonly Reading[] }) {
  const t = useTranslator();
  return (
    <section className="panel" aria-labelledby="checks-heading">
      <h2 id="checks-heading">{t.t('ui.checks.heading')}</h2>
      {groupChecksByArea(props.checks).map(({ area, checks }) => (
        <div key={area} className="area">
          <h3>{t.has(`area.${area}`) ? t.t(`area.${area}`) : area}</h3>
          <ul className="checks">
            {checks.map((check) => (
              <li key={check.id} className="check" data-check-id={check.id} data-status={check.status}>
                <StatusBadge status={check.status} />
                <span className="check-name">{checkDisplayName(check.id, t, check.details)}</span>
                <span className="check-summary">{t.render(check.summary)}</span>
                {check.checkedAt && (
                  <span className="check-time">
                    {t.t('ui.checks.checkedAt', { time: formatTime(check.checkedAt, t.language) })}
                  </span>
                )}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
