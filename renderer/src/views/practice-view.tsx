import { useEffect, useState } from 'react';
import type { PracticeState } from '../../../shared/protocol/contract';
import { useTranslator } from '../i18n/use-translator';
import { useAppState, useCoreApi } from '../store/store-context';
import { errorMessage } from '../../../shared/error-message';

/** Fault drills: staff pick a shipped scenario and rehearse its guide on simulated data. */
export function PracticeView() {
  const t = useTranslator();
  const api = useCoreApi();
  const navigate = useAppState((s) => s.navigate);
  const [state, setState] = useState<PracticeState>();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    api.request('listScenarios', {}).then(setState, (e: unknown) => setError(String(e)));
  }, [api]);

  const run = async (change: () => Promise<PracticeState>, then?: () => void): Promise<void> => {
    setBusy(true);
    setError(undefined);
    try {
      setState(await change());
      then?.();
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="panel" aria-labelledby="practice-heading">
      <h2 id="practice-heading">{t.t('ui.practice.heading')}</h2>
      <p>{t.t('ui.practice.intro')}</p>
      {error && <div className="banner warning">{t.t('ui.requestFailed', { reason: error })}</div>}
      {state && state.scenarios.length === 0 && <p className="muted">{t.t('ui.practice.none')}</p>}
      <ul className="checks">
        {state?.scenarios.map((scenario) => (
          <li key={scenario.id} className="scenario" data-scenario-id={scenario.id}>
            <span>{t.has(scenario.titleKey) ? t.t(scenario.titleKey) : scenario.id}</span>
            {state.active === scenario.id ? (
              <strong>{t.t('ui.practice.active')}</strong>
            ) : (
              <button
                type="button"
                disabled={busy}
                onClick={() =>
                  void run(
                    () => api.request('startPractice', { id: scenario.id }),
                    () => navigate({ view: 'dashboard' }),
                  )
                }
              >
                {t.t('ui.practice.start')}
              </button>
            )}
          </li>
        ))}
      </ul>
      {state?.active && (
        <button
          type="button"
          disabled={busy}
          data-action="stop-practice"
          onClick={() => void run(() => api.request('stopPractice', {}))}
        >
          {t.t('ui.practice.stop')}
        </button>
      )}
    </section>
  );
}
