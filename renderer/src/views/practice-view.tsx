import { useEffect, useState } from 'react';
import type { PracticeState } from '../../../shared/protocol/contract';
import { useTranslator } from '../i18n/use-translator';
import { useAppState } from '../store/store-context';
import { RequestFailureBanner } from '../components/request-failure-banner';
import { ViewHeader } from '../components/view-header';
import { useCoreRequest } from '../requests/use-core-request';
import { practiceModel } from './practice-model';

/** Fault drills: staff pick a shipped scenario and rehearse its guide on simulated data. */
export default function PracticeView() {
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
    if (model.stop.disabled) return;
    const started = await start.run({ id });
    if (!started) return;
    setState(started);
    navigate({ view: 'dashboard' });
  };
  const stopDrill = async (): Promise<void> => {
    if (model.stop.disabled) return;
    const stopped = await stop.run({});
    if (stopped) setState(stopped);
  };

  return (
    <div className="practice">
      <ViewHeader title={t.t('ui.practice.heading')} lead={t.t('ui.practice.intro')} />
      {model.failure && <RequestFailureBanner failure={model.failure} />}
      {model.message && <p className="muted">{t.render(model.message)}</p>}
      {model.stop.shown && (
        <div className="banner practice">
          <span>{t.t('ui.practice.running')}</span>{' '}
          <button
            type="button"
            aria-disabled={model.stop.disabled || undefined}
            data-action="stop-practice"
            onClick={() => void stopDrill()}
          >
            {t.t('ui.practice.stop')}
          </button>
        </div>
      )}
      <ul className="plain scenarios">
        {model.rows.map((row) => (
          <li key={row.id} className={row.active ? 'scenario active' : 'scenario'} data-scenario-id={row.id}>
            <h2>{row.titleKey ? t.t(row.titleKey) : t.t('ui.practice.untitled')}</h2>
            {row.active ? (
              <p className="tag">{t.t('ui.practice.active')}</p>
            ) : (
              <button
                type="button"
                aria-disabled={row.startDisabled || undefined}
                onClick={() => void startDrill(row.id)}
              >
                {t.t('ui.practice.start')}
              </button>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
