import { useTranslator } from '../i18n/use-translator';
import type { ProgressBarModel } from '../views/backup-job-model';
import { renderTimed } from './timed-message';

/** A running backup, drill or restore: an accessible progress bar whose value text says the numbers. */
export function BackupProgress(props: { model: ProgressBarModel }) {
  const t = useTranslator();
  const { model } = props;
  const label = t.t('ui.backup.progress.label', { title: t.t(model.titleKey), phase: t.t(model.phaseKey) });
  const text = renderTimed(t, model.text);
  return (
    <div className="backup-progress" data-backup-progress>
      <p className="backup-progress-label" id="backup-progress-label">
        {label}
      </p>
      <div
        className="bar"
        role="progressbar"
        aria-labelledby="backup-progress-label"
        aria-valuemin={0}
        aria-valuemax={100}
        {...(model.percent !== undefined ? { 'aria-valuenow': model.percent } : {})}
        aria-valuetext={text}
      >
        <span style={{ width: `${model.percent ?? 0}%` }} />
      </div>
      <p className="muted backup-progress-text">{text}</p>
    </div>
  );
}
