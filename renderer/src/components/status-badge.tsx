import { useTranslator } from '../i18n/use-translator';
import { StatusIcon } from './status-icon';
import { lookOf, type Tone } from './tone';

/** A state's shape plus its word in its colour: colour is never the only signal. */
export function StatusBadge(props: { tone: Tone }) {
  const t = useTranslator();
  const look = lookOf(props.tone);
  return (
    <span className={`badge palette-${look.palette}`} data-status={props.tone}>
      <StatusIcon shape={look.shape} />
      <span>{t.t(look.wordKey)}</span>
    </span>
  );
}
