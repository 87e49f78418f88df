import type { CheckStatus } from '../../../shared/model/reading';
import { useTranslator } from '../i18n/use-translator';

/** A coloured dot plus the status word: colour is never the only signal. */
export function StatusBadge(props: { status: CheckStatus }) {
  const t = useTranslator();
  return (
    <span className={`badge badge-${props.status}`} data-status={props.status}>
      <span className="dot" aria-hidden="true" />
      {t.t(`status.${props.status}`)}
    </span>
  );
}
