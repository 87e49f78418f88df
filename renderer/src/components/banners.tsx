import { describePolicyIssues } from '../../../shared/policy/describe-policy-issues';
import { useTranslator } from '../i18n/use-translator';
import { useAppState } from '../store/store-context';

/** Connection trouble, a restarting core, a bad policy file or a failed request: said plainly at the top. */
export function Banners() {
  const t = useTranslator();
  const connection = useAppState((s) => s.connection);
  const coreStatus = useAppState((s) => s.coreStatus);
  const policy = useAppState((s) => s.snapshot?.policy);
  const lastError = useAppState((s) => s.lastError);
  return (
    <div className="banners" aria-live="polite">
      {connection === 'connecting' && <div className="banner info">{t.t('ui.connecting')}</div>}
      {connection === 'lost' && <div className="banner fault">{t.t('ui.connectionLost')}</div>}
      {coreStatus?.state === 'restarting' && (
        <div className="banner warning">{t.t('ui.coreRestarting', { restarts: coreStatus.restarts })}</div>
      )}
      {policy && policy.issues.length > 0 && (
        <div className="banner warning" role="alert" data-banner="policy">
          <strong>{t.t('ui.policy.heading')}</strong> {describePolicyIssues(policy, t, 'policy.usingDefaults')}
        </div>
      )}
      {lastError && <div className="banner warning">{t.t('ui.requestFailed', { reason: lastError })}</div>}
    </div>
  );
}
