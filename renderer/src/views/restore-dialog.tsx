import { useId, useState } from 'react';
import { useTranslator } from '../i18n/use-translator';
import { useCoreRequest } from '../requests/use-core-request';
import { RequestFailureBanner } from '../components/request-failure-banner';
import { renderTimed } from '../components/timed-message';
import { useFocusTrap } from '../components/use-focus-trap';
import {
  chooseTarget,
  openRestore,
  restoreAnswered,
  restoreDialogModel,
  restoreFailed,
  restoreRequest,
  restoreSent,
  typeFolder,
  type RestoreState,
} from './restore-model';

/**
 * Restoring one snapshot: into a folder the user types, or over the live data after the core has
 * said what that replaces and the user confirmed it. A modal dialog: labelled by its title, focus
 * kept inside, Esc closes. A started restore closes it; the view follows the job.
 */
export function RestoreDialog(props: {
  snapshot: { id: string; destination: string };
  /** The snapshot's time as the list shows it. */
  time: string;
  onClose(): void;
  onStarted(jobId: string): void;
}) {
  const t = useTranslator();
  const restore = useCoreRequest('restoreSnapshot');
  const [state, setState] = useState<RestoreState>(() => openRestore(props.snapshot.id, props.snapshot.destination));
  const { ref, onKeyDown } = useFocusTrap<HTMLDivElement>(props.onClose);
  const id = useId();
  const model = restoreDialogModel(state);

  const submit = async (): Promise<void> => {
    if (model.busy) return;
    const request = restoreRequest(state);
    if ('error' in request) return setState({ ...state, error: request.error });
    const sent = restoreSent(state);
    setState(sent);
    const answer = await restore.run(request.params);
    if (!answer) return setState(restoreFailed(sent));
    const next = restoreAnswered(sent, answer);
    if ('started' in next) props.onStarted(next.started);
    else setState(next.state);
  };

  return (
    <div className="dialog-backdrop">
      <div
        ref={ref}
        className="dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby={`${id}-title`}
        onKeyDown={onKeyDown}
        data-restore-dialog
        data-step={model.step}
      >
        <h2 id={`${id}-title`}>{t.t('ui.backup.restore.title', { time: props.time })}</h2>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void submit();
          }}
        >
          <fieldset>
            <legend>{t.t('ui.backup.restore.where')}</legend>
            {(['folder', 'original'] as const).map((target, i) => (
              <label key={target} className="choice">
                <input
                  type="radio"
                  name={`${id}-target`}
                  value={target}
                  checked={state.target === target}
                  onChange={() => setState(chooseTarget(state, target))}
                  {...(i === 0 ? { 'data-autofocus': true } : {})}
                />
                {t.t(target === 'folder' ? 'ui.backup.restore.toFolder' : 'ui.backup.restore.toOriginal')}
              </label>
            ))}
          </fieldset>
          {state.target === 'folder' ? (
            <div className="field">
              <label htmlFor={`${id}-folder`}>{t.t('ui.backup.restore.folderLabel')}</label>
              <input
                id={`${id}-folder`}
                type="text"
                data-input="restore-folder"
                value={state.folder}
                aria-describedby={`${id}-hint`}
                aria-invalid={model.error ? true : undefined}
                onChange={(event) => setState(typeFolder(state, event.target.value))}
              />
              <p id={`${id}-hint`} className="muted hint">
                {t.t('ui.backup.restore.folderHint')}
              </p>
            </div>
          ) : (
            <p className="calm">{t.t('ui.backup.restore.originalHint')}</p>
          )}
          {model.replaces && (
            <div className="banner warning" data-replaces>
              <p>{t.t('ui.backup.restore.replacesLead')}</p>
              <ul>
                {model.replaces.map((line, i) => (
                  <li key={i}>{renderTimed(t, line)}</li>
                ))}
              </ul>
            </div>
          )}
          {model.error && (
            <p className="banner warning" role="alert" data-restore-error>
              {t.render(model.error)}
            </p>
          )}
          {restore.failure && <RequestFailureBanner failure={restore.failure} />}
          <div className="dialog-actions">
            <button
              type="submit"
              className="primary"
              aria-disabled={model.busy || undefined}
              data-action={model.step === 'confirm' ? 'confirm-restore' : 'restore'}
            >
              {t.t(model.actionKey)}
            </button>
            <button type="button" onClick={props.onClose}>
              {t.t('ui.backup.restore.cancel')}
            </button>
          </div>
        </form>
      </div>
    </div>
  );
}
