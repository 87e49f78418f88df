import { useState, type FormEvent } from 'react';
import { buildExplainReport, type ExplainReport } from '../../../shared/codes/explain-report';
import { useTranslator } from '../i18n/use-translator';
import { useAppState, useCoreApi } from '../store/store-context';

/** Error-code lookup: type or paste what the invoicing software showed; get the meaning, first action and guide. */
export function ExplainView() {
  const t = useTranslator();
  const api = useCoreApi();
  const navigate = useAppState((s) => s.navigate);
  const [text, setText] = useState('');
  const [result, setResult] = useState<Parameters<typeof buildExplainReport>[0]>();
  const [error, setError] = useState<string>();

  const submit = (event: FormEvent): void => {
    event.preventDefault();
    setError(undefined);
    api.request('explainCode', { text: text.slice(0, 65_536) }).then(setResult, (e: unknown) => setError(String(e)));
  };
  const report: ExplainReport | undefined = result ? buildExplainReport(result, t) : undefined;

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
        <button type="submit">{t.t('ui.explain.lookup')}</button>
      </form>
      {error && <div className="banner warning">{t.t('ui.requestFailed', { reason: error })}</div>}
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
