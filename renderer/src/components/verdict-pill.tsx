import { useTranslator } from '../i18n/use-translator';
import { useAppState } from '../store/store-context';
import { StatusIcon } from './status-icon';
import { lookOf, verdictTone } from './tone';

/** The verdict's answer on every view, in its colour and shape; it leads back to the dashboard. */
export function VerdictPill() {
  const t = useTranslator();
  const verdict = useAppState((s) => s.snapshot?.verdict);
  const navigate = useAppState((s) => s.navigate);
  const onDashboard = useAppState((s) => s.route.view === 'dashboard');
  if (!verdict) return null;
  const look = lookOf(verdictTone(verdict));
  const answer = t.t(`verdict.${verdict.canInvoice}`);
  const content = (
    <>
      <StatusIcon shape={look.shape} />
      <span>{answer}</span>
    </>
  );
  return onDashboard ? (
    <span className={`pill palette-${look.palette}`} data-pill={verdict.canInvoice}>
      {content}
    </span>
  ) : (
    <button
      type="button"
      className={`pill palette-${look.palette}`}
      data-pill={verdict.canInvoice}
      onClick={() => navigate({ view: 'dashboard' })}
    >
      {content}
    </button>
  );
}
