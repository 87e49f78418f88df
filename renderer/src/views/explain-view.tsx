import { useState, type FormEvent } from 'react';
import { buildExplainReport } from '../../../shared/codes/explain-report';
import { useTranslator } from '../i18n/use-translator';
import { useAppState } from '../store/store-context';
import { RequestFailureBanner } from '../components/request-failure-banner';
import { useCoreRequest } from '../requests/use-core-request';
import { explainModel, explainParams } from './explain-model';
import { ViewHeader } from '../components/view-header';

/** Error-code lookup: type or paste what the invoicing software showed; get the meaning, first action and guide. */
export default function ExplainView() {
  const t = useTranslator();
  const navigate = useAppState((s) => s.navigate);
  const [text, setText] = useState('');
  const explain = useCoreRequest('explainCode');
  const model = explainModel(explain);

  const submit = (event: FormEvent): void => {
    event.preventDefault();
    if (model.lookup.disabled) return;
    void explain.run(explainParams(text));
  };
  const report = model.result ? buildExplainReport(model.result, t) : undefined;

  return (
    <div className="explain">
      <ViewHeader title={t.t('ui.explain.heading')} lead={t.t('ui.explain.lead')} />
      <form onSubmit={submit} className="panel explain-form">
        <label htmlFor="explain-code">{t.t('ui.explain.label')}</label>
        <div className="field-row">
          <input
            id="explain-code"
            type="text"
            value={text}
            onChange={(e) => setText(e.target.value)}
            placeholder={t.t('ui.explain.placeholder')}
            data-input="code"
          />
          <button type="submit" className="primary" aria-disabled={model.lookup.disabled || undefined}>
            {t.t(model.lookup.labelKey)}
          </button>
        </div>
      </form>
      {model.failure && <RequestFailureBanner failure={model.failure} />}
      {report && report.recognised && (
        <section className="panel" data-recognised="true" aria-live="polite">
          <h2>
            {t.t('explain.code', { code: report.code })} · {report.family}
          </h2>
          <p>{t.t('explain.meaning', { text: report.meaning })}</p>
          <p>{t.t('explain.action', { text: report.action })}</p>
          {report.notes.map((note) => (
            <p key={note} className="muted">
              {note}
            </p>
          ))}
          {report.guide && (
            <button
              type="button"
              className="primary"
              onClick={() => navigate({ view: 'guide', params: { guideId: report.guide ?? '' } })}
            >
              {t.t('ui.explain.openGuide')}
            </button>
          )}
        </section>
      )}
      {report && !report.recognised && (
        <section className="panel" data-recognised="false" aria-live="polite">
          <p>{report.message}</p>
          <p className="muted">{report.support}</p>
        </section>
      )}
    </div>
  );
}
