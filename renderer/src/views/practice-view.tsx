import { useEffect, useState } from 'react';
import type { PracticeState } from '../../../shared/protocol/contract';
import { useTranslator } from '../i18n/use-translator';
import { useAppState } from '../store/store-context';
import { RequestFailureBanner } from '../components/request-failure-banner';
import { useCoreRequest } from '../requests/use-core-request';
import { practiceModel } from './practice-model';

/** Fault drills: staff pick a shipped scenario and rehearse its guide on simulated data. */
export function PracticeView() {
  const t = useTranslator();
  const navigate = useAppState((s) => s.navigate);
  const list = useCoreRequest('listScenarios');
  const start = useCoreRequest('startPractice');
  const stop = useCoreRequest('stopPractice');
  // Every answer is the whole practice state; the latest one is shown.
  const [state, setState] = useState<PracticeState>();
  const { run: runList } = list;

  useEffect(() => {
    void runList({}).then((listed) => listed && setState(listed));
  }, [runList]);

  const model = practiceModel({
    state,
    loading: list.busy,
    busy: start.busy || stop.busy,
    failure: start.failure ?? stop.failure ?? list.failure,
    hasTitle: (key) => t.has(key),
  });

  const startDrill = async (id: string): Promise<void> => {
    const started = await start.run({ id });
    if (!started) return;
    setState(started);
    navigate({ view: 'dashboard' });
  };
  const stopDrill = async (): Promise<void> => {
    const stopped = await stop.run({});
    if (stopped) setState(stopped);
  };

  return (
    <section className="panel" aria-labelledby="practice-heading">
      <h2 id="practice-heading">{t.t('ui.practice.heading')}</h2>
      <p>{t.t('ui.practice.intro')}</p>
      {model.failure && <RequestFailureBanner failure={model.failure} />}
      {model.message && <p className="muted">{t.render(model.message)}</p>}
      <ul className="checks">
        {model.rows.map((row) => (
          <li key={row.id} className="scenario" data-scenario-id={row.id}>
            <span>{row.titleKey ? t.t(row.titleKey) : row.id}</span>
            {row.active ? (
              <strong>{t.t('ui.practice.active')}</strong>
            ) : (
              <button type="button" disabled={row.startDisabled} onClick={() => void startDrill(row.id)}>
                {t.t('ui.practice.start')}
              </button>
            )}
          </li>
        ))}
      </ul>
      {model.stop.shown && (
        <button
          type="button"
          disabled={model.stop.disabled}
          data-action="stop-practice"
          onClick={() => void stopDrill()}
        >
          {t.t('ui.practice.stop')}
        </button>
      )}
    </section>
  );
}
