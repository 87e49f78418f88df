import { useTranslator } from '../i18n/use-translator';
import { failureMessageKey, type RequestFailure } from '../requests/request-failure';

/**
 * A failed request said plainly in the user's language (the sentence comes from the ui catalog by
 * error code); the technical text, usually English, stays folded away under a "for IT" line.
 */
export function RequestFailureBanner(props: { failure: RequestFailure }) {
  const t = useTranslator();
  const { code, detail } = props.failure;
  return (
    <div className="banner warning" role="alert" data-request-failure={code}>
      <span>{t.t(failureMessageKey(code))}</span>
      {detail && (
        <details className="tech-details">
          <summary>{t.t('ui.error.details')}</summary>
          <code>{detail}</code>
        </details>
      )}
    </div>
  );
}
