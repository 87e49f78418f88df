import type { Reading } from '../../../shared/model/reading';
import { checkDisplayName } from '../../../shared/i18n/check-name';
import { useTranslator } from '../i18n/use-translator';
import { StatusBadge } from './status-badge';
import { readingTone } from './tone';
import { localTime } from './format';

/** One check: its display name, its state in words and shape, what it found (or why it was not checked), when. */
export function CheckRow(props: {
  check: Pick<Reading, 'id' | 'status' | 'summary' | 'notChecked'> & {
    area?: Reading['area'];
    notNeeded?: true;
    checkedAt?: string;
    details?: Reading['details'];
  };
}) {
  const t = useTranslator();
  const { check } = props;
  const tone = readingTone(check);
  return (
    <li className={`check-row tone-${tone}`} data-check-id={check.id} data-status={tone}>
      <span className="check-name">{checkDisplayName(check.id, t, check.details)}</span>
      <StatusBadge tone={tone} />
      <span className="check-summary">
        {check.notChecked && <span className="visually-hidden">{t.t('ui.check.whyNot')}</span>}
        {t.render(check.summary)}
      </span>
      {check.checkedAt ? (
        <span className="check-time">{t.t('ui.checks.checkedAt', { time: localTime(check.checkedAt, t) })}</span>
      ) : null}
    </li>
  );
}
