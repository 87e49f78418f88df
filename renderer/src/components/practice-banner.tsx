import { useEffect } from 'react';
import { useTranslator } from '../i18n/use-translator';
import { useAppState } from '../store/store-context';
import { useCoreRequest } from '../requests/use-core-request';
import { RequestFailureBanner } from './request-failure-banner';

/** A banner that cannot be missed while a scenario drives the checks (practice mode, demos). */
export function PracticeBanner() {
  const t = useTranslator();
  const simulated = useAppState((s) => s.snapshot?.simulated ?? false);
  const info = useCoreRequest('getAppInfo');
  const stop = useCoreRequest('stopPractice');
  const { run: runInfo } = info;

  useEffect(() => {
    if (simulated) void runInfo({});
  }, [runInfo, simulated]);

  if (!simulated) return null;
  const titleKey = info.data?.practice?.titleKey;
  return (
    <div className="banner practice" role="status" data-banner="practice">
      {titleKey && t.has(titleKey)
        ? t.t('ui.practice.banner', { title: t.t(titleKey) })
        : t.t('ui.practice.bannerNoTitle')}{' '}
      <button type="button" data-action="stop-practice" disabled={stop.busy} onClick={() => void stop.run({})}>
        {t.t('ui.practice.stop')}
      </button>
      {stop.failure && <RequestFailureBanner failure={stop.failure} />}
    </div>
  );
}
