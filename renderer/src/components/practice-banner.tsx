import { useEffect, useState } from 'react';
import { useTranslator } from '../i18n/use-translator';
import { useAppState, useCoreApi } from '../store/store-context';

/** A banner that cannot be missed while a scenario drives the checks (practice mode, demos). */
export function PracticeBanner() {
  const t = useTranslator();
  const api = useCoreApi();
  const simulated = useAppState((s) => s.snapshot?.simulated ?? false);
  const [titleKey, setTitleKey] = useState<string>();
  const [stopError, setStopError] = useState<string>();

  useEffect(() => {
    if (!simulated) return;
    api.request('getAppInfo', {}).then(
      (info) => setTitleKey(info.practice?.titleKey),
      () => setTitleKey(undefined),
    );
  }, [api, simulated]);

  if (!simulated) return null;
  return (
    <div className="banner practice" role="status" data-banner="practice">
      {titleKey && t.has(titleKey)
        ? t.t('ui.practice.banner', { title: t.t(titleKey) })
        : t.t('ui.practice.bannerNoTitle')}{' '}
      <button
        type="button"
        data-action="stop-practice"
        onClick={() => void api.request('stopPractice', {}).catch((e: unknown) => setStopError(String(e)))}
      >
        {t.t('ui.practice.stop')}
      </button>
      {stopError && <div>{t.t('ui.requestFailed', { reason: stopError })}</div>}
    </div>
  );
}
