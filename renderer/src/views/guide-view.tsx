import './guides.css';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { guideFor } from '../../../shared/guides/catalog';
import type { GuideStep } from '../../../shared/guides/define-guide';
import type { GuideView as GuideViewData, RecheckResult } from '../../../shared/guides/flow-schema';
import { buildSupportRequest } from '../../../shared/guides/support-request';
import { useTranslator } from '../i18n/use-translator';
import { useAppState, useCoreApi } from '../store/store-context';
import { formatTime } from '../../../shared/i18n/format-time';
import { errorMessage } from '../../../shared/error-message';

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
  const [view, setView] = useState<GuideViewData>();
  const [rechecks, setRechecks] = useState<Record<number, RecheckResult>>({});
  const [busy, setBusy] = useState<number>();
  const [error, setError] = useState<string>();
  const [copied, setCopied] = useState(false);

  const refresh = useCallback(() => {
    if (!guide) return;
    api.request('getGuide', { guideId }).then(setView, (e: unknown) => setError(String(e)));
  }, [api, guide, guideId]);

  // Reload on every snapshot (a fault opening or clearing) and on this guide's flow events.
  useEffect(() => refresh(), [refresh, snapshot?.updatedAt]);
  useEffect(
    () => api.on('guideFlow', (incident) => incident.guideId === guideId && refresh()),
    [api, guideId, refresh],
  );

  if (!guide) return <p className="muted">{t.t('ui.connecting')}</p>;

  const incident = view?.incident;
  const completed = incident?.state === 'completed';
  const act = async (n: number, action: () => Promise<void>): Promise<void> => {
    setBusy(n);
    setError(undefined);
    try {
      await action();
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(undefined);
    }
  };
  const mark = (n: number, done: boolean) =>
    act(n, async () => setView(await api.request('markStepDone', { guideId, step: n, done })));
  const recheck = (n: number) =>
    act(n, async () => {
      const result = await api.request('recheckStep', { guideId, step: n });
      setRechecks((r) => ({ ...r, [n]: result }));
      setView(result.view);
    });

  const support = view && snapshot ? buildSupportRequest({ view, snapshot, t }) : { subject: '', body: '' };

  return (
    <section className="panel guide" data-guide-id={guideId} data-state={incident?.state ?? 'none'}>
      <button type="button" onClick={() => navigate({ view: 'dashboard' })}>
        {t.t('ui.guide.back')}
      </button>
      <h1>{t.t('ui.guide.heading', { title: t.t(`fault.${guideId}.title`) })}</h1>
      <p>{t.t(`fault.${guideId}.explain`)}</p>
      {view?.notice && <div className="banner warning">{t.render(view.notice)}</div>}
      {completed ? (
        <div className="banner info" role="status" data-guide-completed>
          {t.t(incident?.completion === 'fault-cleared' ? 'ui.guide.completed' : 'ui.guide.completedManual')}
        </div>
      ) : view?.fault ? (
        <p className="muted">{t.t('ui.guide.faultOpen', { time: formatTime(view.fault.since, t.language) })}</p>
      ) : (
        <p className="muted">{t.t('ui.guide.noFault')}</p>
      )}
      <p className="calm">{t.t('ui.calm')}</p>
      {error && <div className="banner warning">{t.t('ui.requestFailed', { reason: error })}</div>}
      <ol className="steps">
        {guide.steps.map((step) => (
          <StepItem
            key={step.n}
            step={step}
            done={Boolean(incident?.steps[String(step.n)]?.doneAt)}
            busy={busy === step.n}
            recheck={rechecks[step.n]}
            onMark={(done) => void mark(step.n, done)}
            onRecheck={() => void recheck(step.n)}
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
  step: GuideStep;
  done: boolean;
  busy: boolean;
  recheck?: RecheckResult;
  onMark(done: boolean): void;
  onRecheck(): void;
  support: { subject: string; body: string };
  copied: boolean;
  onCopy(): void;
}) {
  const t = useTranslator();
  const { step, recheck } = props;
  const failing = recheck?.readings.find((r) => r.status !== 'ok');
  return (
    <li className={props.done ? 'step done' : 'step'} data-step={step.n} data-done={props.done}>
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
        <button type="button" disabled={props.busy} onClick={() => props.onMark(!props.done)} data-action="mark">
          {props.done ? t.t('ui.guide.markUndone') : t.t('ui.guide.markDone')}
        </button>
        {step.check && (
          <button type="button" disabled={props.busy} onClick={props.onRecheck} data-action="recheck-step">
            {props.busy ? t.t('ui.checking') : t.t('ui.guide.recheck')}
          </button>
        )}
      </div>
      {recheck && (
        <p className="muted" data-recheck={recheck.worked ? 'worked' : 'not-yet'}>
          {!recheck.ran
            ? t.t('ui.guide.noCheck')
            : recheck.worked
              ? t.t('ui.guide.worked')
              : t.t('ui.guide.notYet', { summary: failing ? t.render(failing.summary) : '' })}
        </p>
      )}
    </li>
  );
}
