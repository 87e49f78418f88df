import { describePolicyIssues } from '../../../shared/policy/describe-policy-issues';
import { useTranslator } from '../i18n/use-translator';
import { useAppState } from '../store/store-context';
import { bannersModel } from './banners-model';
import { RequestFailureBanner } from './request-failure-banner';

/** Connection trouble, a restarting core, a bad policy file or a failed request: said plainly at the top. */
export function Banners() {
  const t = useTranslator();
  const connection = useAppState((s) => s.connection);
  const coreStatus = useAppState((s) => s.coreStatus);
  const policy = useAppState((s) => s.snapshot?.policy);
  const lastError = useAppState((s) => s.lastError);
  const lastErrorCode = useAppState((s) => s.lastErrorCode);
  const detailsLoaded = useAppState((s) => s.messageParts.includes('details'));
  const banners = bannersModel({
    connection,
    coreStatus,
    lastError,
    lastErrorCode,
    policyIssues: policy?.issues.length ?? 0,
  });
  return (
    <div className="banners" aria-live="polite">
      {banners.map((banner) => {
        switch (banner.kind) {
          case 'policy':
            return (
              policy && (
                <div key="policy" className="banner warning" role="alert" data-banner="policy">
                  <strong>{t.t('ui.policy.heading')}</strong> {t.t('ui.policy.banner')}
                  {detailsLoaded && (
                    <details className="tech-details">
                      <summary>{t.t('ui.error.details')}</summary>
                      <code>{describePolicyIssues(policy, t, 'policy.usingDefaults')}</code>
                    </details>
                  )}
                </div>
              )
            );
          case 'request-failed':
            return <RequestFailureBanner key="request-failed" failure={banner.failure} />;
          default:
            return (
              <div key={banner.kind} className={`banner ${banner.tone}`} data-banner={banner.kind}>
                {t.render(banner.message)}
              </div>
            );
        }
      })}
    </div>
  );
}
