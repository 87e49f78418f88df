import { useState, type FormEvent } from 'react';
import { buildExplainReport } from '../../../shared/codes/explain-report';
import { useTranslator } from '../i18n/use-translator';
import { useAppState } from '../store/store-context';
import { RequestFailureBanner } from '../components/request-failure-banner';
import { useCoreRequest } from '../requests/use-core-request';
import { explainModel, explainParams } from './explain-model';

/** Error-code lookup: type or paste what the invoicing software showed; get the meaning, first action and guide. */
export function ExplainView() {
  const t = useTranslator();
  const navigate = useAppState((s) => s.navigate);
  const [text, setText] = useState('');
  const explain = useCoreRequest('explainCode');
  const model = explainModel(explain);

  const submit = (event: FormEvent): void => {
    event.preventDefault();
    void explain.run(explainParams(text));
  };
  const report = model.result ? buildExplainReport(model.result, t) : undefined;

  return (
    <section className="panel explain">
      <h1>{t.t('ui.explain.heading')}</h1>
      <form onSubmit={submit}>
        <input
          value={text}
          onChange={(e) => setText(e.target.value)}
          placeholder={t.t('ui.explain.placeholder')}
          aria-label={t.t('ui.explain.heading')}
          data-input="code"
        />
        <button type="submit" disabled={model.lookup.disabled}>
          {t.t(model.lookup.labelKey)}
        </button>
      </form>
      {model.failure && <RequestFailureBanner failure={model.failure} />}
      {report && report.recognised && (
        <div data-recognised="true">
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
            <button type="button" onClick={() => navigate({ view: 'guide', params: { guideId: report.guide ?? '' } })}>
              {t.t('ui.explain.openGuide')}
            </button>
          )}
        </div>
      )}
      {report && !report.recognised && (
        <div data-recognised="false">
          <p>{report.message}</p>
          <p className="muted">{report.support}</p>
        </div>
      )}
    </section>
  );
}
