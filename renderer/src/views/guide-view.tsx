import './guides.css';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { guideFor } from '../../../shared/guides/catalog';
import type { GuideView as GuideViewData, RecheckResult } from '../../../shared/guides/flow-schema';
import { buildSupportRequest } from '../../../shared/guides/support-request';
import { useTranslator } from '../i18n/use-translator';
import { useAppState, useCoreApi } from '../store/store-context';
import { formatTime } from '../../../shared/i18n/format-time';
import { RequestFailureBanner } from '../components/request-failure-banner';
import { useCoreRequest } from '../requests/use-core-request';
import { guideModel, type GuideStepRow } from './guide-model';

/**
 * The guided flow for one fault: numbered steps with why and cautions, "I have done this",
 * "Check again" (the step's own check, run now by the core), and the end: it says so by itself
 * when the fault clears. Progress lives in the core, so it survives a restart of either side.
 */
export function GuideView() {
  const t = useTranslator();
  const api = useCoreApi();
  const route = useAppState((s) => s.route);
  const navigate = useAppState((s) => s.navigate);
  const snapshot = useAppState((s) => s.snapshot);
  const guideId = route.params?.guideId ?? '';
  const guide = useMemo(() => guideFor(guideId), [guideId]);
  const load = useCoreRequest('getGuide');
  const mark = useCoreRequest('markStepDone');
  const recheck = useCoreRequest('recheckStep');
  // Every answer carries the guide's whole view; the latest one is shown.
  const [view, setView] = useState<GuideViewData>();
  const [rechecks, setRechecks] = useState<Record<number, RecheckResult>>({});
  const [copied, setCopied] = useState(false);
  const { run: runLoad } = load;

  const refresh = useCallback(() => {
    if (!guide) return;
    void runLoad({ guideId }).then((loaded) => loaded && setView(loaded));
  }, [runLoad, guide, guideId]);

  // Reload on every snapshot (a fault opening or clearing) and on this guide's flow events.
  useEffect(() => refresh(), [refresh, snapshot?.updatedAt]);
  useEffect(
    () => api.on('guideFlow', (incident) => incident.guideId === guideId && refresh()),
    [api, guideId, refresh],
  );

  if (!guide) return <p className="muted">{t.t('ui.connecting')}</p>;

  const shown = view?.guideId === guideId ? view : undefined;
  const busyStep = mark.busy ? mark.pending?.step : recheck.busy ? recheck.pending?.step : undefined;
  const model = guideModel({
    guide,
    view: shown,
    loading: load.busy,
    rechecks,
    busyStep,
    failure: mark.failure ?? recheck.failure ?? load.failure,
  });
  const markStep = async (n: number, done: boolean): Promise<void> => {
    const marked = await mark.run({ guideId, step: n, done });
    if (marked) setView(marked);
  };
  const recheckStep = async (n: number): Promise<void> => {
    const result = await recheck.run({ guideId, step: n });
    if (!result) return;
    setRechecks((r) => ({ ...r, [n]: result }));
    setView(result.view);
  };

  const support = shown && snapshot ? buildSupportRequest({ view: shown, snapshot, t }) : { subject: '', body: '' };

  return (
    <section className="panel guide" data-guide-id={guideId} data-state={model.state}>
      <button type="button" onClick={() => navigate({ view: 'dashboard' })}>
        {t.t('ui.guide.back')}
      </button>
      <h1>{t.t('ui.guide.heading', { title: t.t(`fault.${guideId}.title`) })}</h1>
      <p>{t.t(`fault.${guideId}.explain`)}</p>
      {model.notice && <div className="banner warning">{t.render(model.notice)}</div>}
      {model.status.kind === 'completed' ? (
        <div className="banner info" role="status" data-guide-completed>
          {t.render(model.status.message)}
        </div>
      ) : model.status.kind === 'fault-open' ? (
        <p className="muted">{t.t('ui.guide.faultOpen', { time: formatTime(model.status.since, t.language) })}</p>
      ) : (
        <p className="muted">{t.render(model.status.message)}</p>
      )}
      <p className="calm">{t.t('ui.calm')}</p>
      {model.failure && <RequestFailureBanner failure={model.failure} />}
      <ol className="steps">
        {model.steps.map((step) => (
          <StepItem
            key={step.n}
            step={step}
            onMark={() => void markStep(step.n, !step.done)}
            onRecheck={() => void recheckStep(step.n)}
            support={support}
            copied={copied}
            onCopy={() =>
              void navigator.clipboard?.writeText(`${support.subject}\n\n${support.body}`).then(() => setCopied(true))
            }
          />
        ))}
      </ol>
    </section>
  );
}

function StepItem(props: {
  step: GuideStepRow;
  onMark(): void;
  onRecheck(): void;
  support: { subject: string; body: string };
  copied: boolean;
  onCopy(): void;
}) {
  const t = useTranslator();
  const { step } = props;
  return (
    <li className={step.done ? 'step done' : 'step'} data-step={step.n} data-done={step.done}>
      <strong>{t.t('ui.guide.step', { n: step.n })}</strong> {t.t(step.doKey)}
      <p className="muted">
        {t.t('ui.guide.why')}
        {t.t(step.whyKey)}
      </p>
      {step.warnKey && (
        <p className="banner warning" role="note">
          {t.t('ui.guide.warn')}
          {t.t(step.warnKey)}
        </p>
      )}
      {step.support && (
        <div className="support">
          <textarea readOnly rows={8} value={`${props.support.subject}\n\n${props.support.body}`} />
          <button type="button" onClick={props.onCopy}>
            {t.t('ui.guide.supportCopy')}
          </button>
          {props.copied && <span className="muted">{t.t('ui.guide.supportCopied')}</span>}
        </div>
      )}
      <div className="step-actions">
        <button type="button" disabled={step.busy} onClick={props.onMark} data-action="mark">
          {t.t(step.markKey)}
        </button>
        {step.recheckKey && (
          <button type="button" disabled={step.busy} onClick={props.onRecheck} data-action="recheck-step">
            {t.t(step.recheckKey)}
          </button>
        )}
      </div>
      {step.outcome && (
        <p className="muted" data-recheck={step.outcome.kind === 'worked' ? 'worked' : 'not-yet'}>
          {t.t(step.outcome.message.key, {
            summary: step.outcome.failing ? t.render(step.outcome.failing) : '',
          })}
        </p>
      )}
    </li>
  );
}
