import type { BackupJobKind, BackupProgress, JobStart } from '../../../shared/backup/backup-schema';
import type { Message } from '../../../shared/model/reading';
import type { TimedMessage } from '../components/timed-message';
import { sizeMessage } from './backup-size';

// Pure: the one long job the backup view shows (a backup, drill or restore it started, or one the
// scheduler or the tray started), followed through `backupProgress` events, and its progress bar.

export interface JobState {
  /** A start request is on its way: its events may arrive before its answer. */
  starting: boolean;
  kind?: BackupJobKind;
  jobId?: string;
  progress?: BackupProgress;
  /** The last event said `done` or `failed`. */
  ended?: { outcome: 'ok' | 'partial' | 'failed'; message?: Message };
  /** The area did not start it (busy, not configured...): its sentence. */
  refused?: Message;
}

export const idleJob: JobState = { starting: false };

const terminal = (p: BackupProgress): boolean => p.phase === 'done' || p.phase === 'failed';

/** The user asked for a job: nothing of the previous one is shown any more. */
export function jobRequested(kind: BackupJobKind): JobState {
  return { starting: true, kind };
}

/** The start request's answer: the job's id (events of other jobs are then ignored), or why not. */
export function jobAnswered(state: JobState, start: JobStart): JobState {
  if (!start.accepted)
    return { starting: false, ...(state.kind ? { kind: state.kind } : {}), refused: start.error.message };
  const mine = state.progress?.jobId === start.jobId ? state.progress : undefined;
  return {
    starting: false,
    ...(state.kind ? { kind: state.kind } : {}),
    jobId: start.jobId,
    ...(mine ? { progress: mine } : {}),
    ...(mine && terminal(mine) ? { ended: endOf(mine) } : {}),
  };
}

/** A job started by another control of the view (the restore dialog): followed from now on. */
export function jobFollowed(state: JobState, kind: BackupJobKind, jobId: string): JobState {
  return jobAnswered({ ...state, starting: true, kind }, { accepted: true, jobId });
}

/** The start request failed on the way (the banner says why): nothing runs. */
export function jobLost(): JobState {
  return idleJob;
}

function endOf(p: BackupProgress): NonNullable<JobState['ended']> {
  return {
    outcome: p.outcome ?? (p.phase === 'failed' ? 'failed' : 'ok'),
    ...(p.message ? { message: p.message } : {}),
  };
}

/**
 * One progress event. While a start is under way any job's events are taken (the answer sorts
 * them out); once the job is known only its own count; with nothing running here, a job started
 * elsewhere (the schedule, the tray, the CLI) is shown as it runs.
 */
export function jobEvent(state: JobState, p: BackupProgress): JobState {
  const following = state.jobId !== undefined && !state.ended;
  if (following && p.jobId !== state.jobId) return state;
  if (!state.starting && !following && state.jobId !== p.jobId) {
    if (terminal(p)) return state; // the end of something we never saw run
    return { starting: false, kind: p.kind, jobId: p.jobId, progress: p };
  }
  return { ...state, progress: p, ...(terminal(p) && !state.starting ? { ended: endOf(p) } : {}) };
}

/** Whether a job is running (buttons that start one are busy meanwhile). */
export function jobRunning(state: JobState): boolean {
  return state.starting || (state.jobId !== undefined && !state.ended);
}

export interface ProgressBarModel {
  /** What runs, and its phase (catalog keys). */
  titleKey: string;
  phaseKey: string;
  /** 0–100; undefined while the totals are not known yet (an indeterminate bar). */
  percent?: number;
  /** The numbers in words: files, bytes, time left (the bar's aria-valuetext too). */
  text: TimedMessage;
}

/** A file costs about 64 KiB of time, as the core's ETA counts it (docs/backup.md, "Protocol"). */
const fileCost = 64 * 1024;

/** The progress bar of a running job; undefined when none runs. */
export function progressBar(state: JobState): ProgressBarModel | undefined {
  if (!jobRunning(state)) return undefined;
  const kind = state.progress?.kind ?? state.kind ?? 'backup';
  const p = state.progress;
  const titleKey = `ui.backup.job.${kind}`;
  if (!p) return { titleKey, phaseKey: 'ui.backup.job.starting', text: { key: 'ui.backup.job.starting' } };
  const total = p.totalBytes + p.totalFiles * fileCost;
  const percent = total > 0 ? Math.min(100, Math.floor(((p.bytes + p.files * fileCost) / total) * 100)) : undefined;
  const eta = p.etaSeconds === null ? undefined : Math.max(1, Math.round(p.etaSeconds));
  return {
    titleKey,
    phaseKey: `backup.phase.${p.phase}`,
    ...(percent !== undefined ? { percent } : {}),
    text:
      p.totalFiles > 0
        ? {
            key: eta !== undefined ? 'ui.backup.progress.eta' : 'ui.backup.progress.counting',
            params: { files: p.files, totalFiles: p.totalFiles, ...(eta !== undefined ? { seconds: eta } : {}) },
            parts: { bytes: sizeMessage(p.bytes), totalBytes: sizeMessage(p.totalBytes) },
          }
        : { key: 'ui.backup.progress.scanning', params: { files: p.files } },
  };
}

/** What the job came to, for the line under the buttons (a polite live region). */
export function jobOutcome(state: JobState): { tone: 'ok' | 'warning'; message: Message } | undefined {
  if (state.refused) return { tone: 'warning', message: state.refused };
  if (!state.ended) return undefined;
  const message = state.ended.message ?? {
    key: state.ended.outcome === 'failed' ? 'ui.backup.job.failed' : 'ui.backup.job.done',
  };
  return { tone: state.ended.outcome === 'ok' ? 'ok' : 'warning', message };
}
