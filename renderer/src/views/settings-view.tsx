import { useEffect } from 'react';
import { checkDisplayName } from '../../../shared/i18n/check-name';
import { renderIssue } from '../../../shared/policy/describe-policy-issues';
import type { Language } from '../../../shared/i18n/define-catalog';
import { useTranslator } from '../i18n/use-translator';
import { rememberLanguage } from '../i18n/initial-language';
import { useAppState } from '../store/store-context';
import { ViewHeader } from '../components/view-header';
import { RequestFailureBanner } from '../components/request-failure-banner';
import { localTime } from '../components/format';
import { useCoreRequest } from '../requests/use-core-request';
import { settingsModel } from './settings-model';

const languageChoices: readonly Language[] = ['zh-CN', 'en'];

/** Settings and about, for the accountant and IT: language, practice mode, policy, mode, version, what is sent. */
export default function SettingsView() {
  const t = useTranslator();
  const snapshot = useAppState((s) => s.snapshot);
  const language = useAppState((s) => s.language);
  const setLanguage = useAppState((s) => s.setLanguage);
  const navigate = useAppState((s) => s.navigate);
  const info = useCoreRequest('getAppInfo');
  const { run } = info;
  useEffect(() => void run({}), [run]);

  const choose = (next: Language): void => {
    rememberLanguage(next);
    void setLanguage(next);
  };
  const model = snapshot ? settingsModel(snapshot) : undefined;

  return (
    <div className="settings">
      <ViewHeader title={t.t('ui.settings.heading')} />
      <section className="panel" aria-labelledby="settings-general">
        <h2 id="settings-general">{t.t('ui.settings.general')}</h2>
        <fieldset className="choice">
          <legend>{t.t('ui.settings.language')}</legend>
          {languageChoices.map((choice) => (
            <label key={choice} lang={choice}>
              <input
                type="radio"
                name="language"
                value={choice}
                checked={language === choice}
                onChange={() => choose(choice)}
              />
              {t.t(`ui.language.${choice}`)}
            </label>
          ))}
        </fieldset>
        <div className="setting-row">
          <div>
            <h3>{t.t('ui.settings.practice')}</h3>
            <p className="muted">{t.t(model?.simulated ? 'ui.settings.practiceOn' : 'ui.settings.practiceOff')}</p>
          </div>
          <button type="button" onClick={() => navigate({ view: 'practice' })}>
            {t.t('ui.settings.openPractice')}
          </button>
        </div>
      </section>

      {model && (
        <section className="panel" aria-labelledby="settings-it">
          <h2 id="settings-it">{t.t('ui.settings.forIt')}</h2>
          <dl className="facts">
            <dt>{t.t('ui.settings.policy')}</dt>
            <dd data-policy-source={snapshot?.policy.source}>
              {t.t(model.policy.sourceKey)}
              {model.policy.path && <code className="path">{model.policy.path}</code>}
              {model.policy.issues.length > 0 && (
                <div className="policy-issues" role="note">
                  <p>{t.t('ui.settings.policyInvalid')}</p>
                  <ul>
                    {model.policy.issues.map((issue) => (
                      <li key={issue.path}>
                        <code>{issue.path}</code> {renderIssue(issue.message, t)}
                      </li>
                    ))}
                  </ul>
                </div>
              )}
            </dd>
            <dt>{t.t('ui.settings.invoicing')}</dt>
            <dd data-invoicing-mode={snapshot?.invoicing.mode}>
              <strong>{t.t(model.invoicing.modeKey)}</strong> · {t.t(model.invoicing.becauseKey)}
            </dd>
            <dt>{t.t('ui.settings.version')}</dt>
            <dd>
              {info.data
                ? t.t('ui.settings.versionText', {
                    version: info.data.version,
                    platform: info.data.platform,
                    started: localTime(info.data.coreStartedAt, t),
                  })
                : t.t('ui.loading')}
            </dd>
          </dl>
          {info.failure && <RequestFailureBanner failure={info.failure} />}

          <h3>{t.t('ui.settings.notChecked')}</h3>
          {model.notChecked.length ? (
            <ul className="check-rows compact" data-not-checked>
              {model.notChecked.map((c) => (
                <li key={c.id} className="check-row tone-not-checked" data-check-id={c.id}>
                  <span className="check-name">{checkDisplayName(c.id, t, c.details)}</span>
                  <span className="check-summary">{t.render(c.summary)}</span>
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted">{t.t('ui.settings.allChecked')}</p>
          )}

          <h3>{t.t('ui.settings.network')}</h3>
          <p className="muted">{t.t('ui.settings.networkLead')}</p>
          <ul className="bullets" data-outbound>
            {model.outbound.map((o) => (
              <li key={o.checkId}>
                {t.t('ui.settings.sendsItem', {
                  name: checkDisplayName(o.checkId, t, o.details),
                  what: t.render(o.message),
                })}
              </li>
            ))}
            {model.outbound.length === 0 && <li>{t.t('ui.settings.sendsNothing')}</li>}
            <li>{t.t('ui.settings.sendsSupport')}</li>
          </ul>
        </section>
      )}
    </div>
  );
}
