import { useCallback, useEffect, useMemo, useState } from 'react';
import { guideFor } from '../../../shared/guides/catalog';
import type { GuideView as GuideViewData, RecheckResult } from '../../../shared/guides/flow-schema';
import { useTranslator } from '../i18n/use-translator';
import { useAppState, useCoreApi } from '../store/store-context';
import { RequestFailureBanner } from '../components/request-failure-banner';
import { StatusIcon } from '../components/status-icon';
import { ViewHeader } from '../components/view-header';
import { localTime } from '../components/format';
import { useCoreRequest } from '../requests/use-core-request';
import { guideModel, type GuideStepRow } from './guide-model';

/**
 * The guided flow for one fault: "第 2 步，共 5 步", each step set apart with its why and cautions,
 * "I have done this" and "check this step again" with the result right beside it, and the end:
 * solved (with the time), or the way to support for this incident (the support view prepares the
 * summary, the bundle and the ticket). Progress lives in the core, so it survives a restart of
 * either side. Buttons busy with a request ignore clicks rather than being disabled, so keyboard
 * focus stays on them.
 */

export default function GuideView() {
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
  const { run: runLoad } = load;
  // The journal's incident for this fault, so support gets told which problem this is about.
  const faultId = route.params?.faultId ?? guideId;
  const incidentId = useAppState((s) => s.incidents?.open.find((i) => i.faultId === faultId)?.id);
  const toSupport = (): void => navigate({ view: 'support', params: incidentId ? { incidentId } : {} });

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

  if (!guide) return <p className="muted waiting">{t.t('ui.guide.unknown')}</p>;

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

  const title = t.t(`fault.${guideId}.title`);
  const { progress } = model;

  return (
    <div className="guide" data-guide-id={guideId} data-state={model.state}>
      <button type="button" className="link back" onClick={() => navigate({ view: 'dashboard' })}>
        {t.t('ui.backToDashboard')}
      </button>
      <ViewHeader title={t.t('ui.guide.heading', { title })} lead={t.t(`fault.${guideId}.explain`)} />
      {model.notice && <div className="banner warning">{t.render(model.notice)}</div>}
      {model.status.kind === 'completed' ? (
        <section className="outcome solved" role="status" data-guide-completed aria-labelledby="solved-heading">
          <StatusIcon shape="check" size={32} />
          <div>
            <h2 id="solved-heading">{t.t('ui.guide.solved')}</h2>
            <p>
              {t.render(model.status.message)}
              {model.status.at ? ` ${t.t('ui.guide.solvedAt', { time: localTime(model.status.at, t) })}` : ''}
            </p>
            <button type="button" onClick={() => navigate({ view: 'dashboard' })}>
              {t.t('ui.backToDashboard')}
            </button>
          </div>
        </section>
      ) : (
        <p className="guide-status" data-fault-open={model.status.kind === 'fault-open' || undefined}>
          {model.status.kind === 'fault-open'
            ? t.t('ui.guide.faultOpen', { time: localTime(model.status.since, t) })
            : t.render(model.status.message)}
        </p>
      )}
      {model.needsSupport && (
        <section className="outcome support-needed" aria-labelledby="support-needed-heading">
          <StatusIcon shape="triangle" size={28} />
          <div>
            <h2 id="support-needed-heading">{t.t('ui.guide.notSolved')}</h2>
            <p>{t.t('ui.guide.notSolvedHint')}</p>
            <button type="button" className="primary" onClick={toSupport} data-action="to-support">
              {t.t('ui.guide.toSupport')}
            </button>
          </div>
        </section>
      )}
      <div className="guide-progress">
        <p data-progress={`${progress.current}/${progress.total}`}>
          <strong>
            {model.status.kind === 'completed'
              ? t.t('ui.guide.allSteps', { total: progress.total })
              : t.t('ui.guide.stepOf', { n: progress.current, total: progress.total })}
          </strong>
          <span className="muted"> · {t.t('ui.guide.doneCount', { done: progress.done, total: progress.total })}</span>
        </p>
        <div className="bar" aria-hidden="true">
          <span style={{ width: `${Math.round((100 * progress.done) / progress.total)}%` }} />
        </div>
      </div>
      <p className="calm">{t.t(snapshot?.invoicing.mode === 'digital' ? 'ui.calm.digital' : 'ui.calm')}</p>
      {model.failure && <RequestFailureBanner failure={model.failure} />}
      <ol className="steps">
        {model.steps.map((step) => (
          <StepItem
            key={step.n}
            step={step}
            total={progress.total}
            onMark={() => void markStep(step.n, !step.done)}
            onRecheck={() => void recheckStep(step.n)}
            onSupport={toSupport}
          />
        ))}
      </ol>
    </div>
  );
}

function StepItem(props: { step: GuideStepRow; total: number; onMark(): void; onRecheck(): void; onSupport(): void }) {
  const t = useTranslator();
  const { step } = props;
  const headingId = `step-${step.n}-heading`;
  const classes = ['step', step.done ? 'done' : '', step.current ? 'current' : ''].filter(Boolean).join(' ');
  return (
    <li
      className={classes}
      data-step={step.n}
      data-done={step.done}
      aria-labelledby={headingId}
      aria-current={step.current ? 'step' : undefined}
    >
      <div className="step-head">
        <span className="step-number" aria-hidden="true">
          {step.done ? <StatusIcon shape="check" size={22} /> : step.n}
        </span>
        <h2 id={headingId}>{t.t('ui.guide.stepOf', { n: step.n, total: props.total })}</h2>
        {step.done && <span className="tag done-tag">{t.t('ui.guide.stepDone')}</span>}
      </div>
      <p className="step-do">{t.t(step.doKey)}</p>
      <div className="step-why">
        <strong>{t.t('ui.guide.whyLabel')}</strong>
        <p>{t.t(step.whyKey)}</p>
      </div>
      {step.warnKey && (
        <div className="step-warn" role="note">
          <StatusIcon shape="triangle" />
          <div>
            <strong>{t.t('ui.guide.warnLabel')}</strong>
            <p>{t.t(step.warnKey)}</p>
          </div>
        </div>
      )}
      {step.support && (
        <div className="support">
          <p>{t.t('ui.guide.supportLabel')}</p>
          <div className="step-actions">
            <button type="button" onClick={props.onSupport} data-action="step-support">
              {t.t('ui.guide.toSupport')}
            </button>
          </div>
        </div>
      )}
      <div className="step-actions">
        <button
          type="button"
          className={step.done ? undefined : 'primary'}
          aria-disabled={step.busy || undefined}
          onClick={() => !step.busy && props.onMark()}
          data-action="mark"
        >
          {t.t(step.markKey)}
        </button>
        {step.recheckKey && (
          <button
            type="button"
            aria-disabled={step.busy || undefined}
            onClick={() => !step.busy && props.onRecheck()}
            data-action="recheck-step"
          >
            {t.t(step.recheckKey)}
          </button>
        )}
      </div>
      <div role="status" className="step-result-slot">
        {step.outcome && (
          <p
            className={`step-result ${step.outcome.kind}`}
            data-recheck={step.outcome.kind === 'worked' ? 'worked' : 'not-yet'}
          >
            <StatusIcon
              shape={step.outcome.kind === 'worked' ? 'check' : step.outcome.kind === 'not-yet' ? 'cross' : 'dash'}
            />
            <span>
              {t.t(step.outcome.message.key, {
                summary: step.outcome.failing ? t.render(step.outcome.failing) : '',
              })}
            </span>
          </p>
        )}
      </div>
    </li>
  );
}
