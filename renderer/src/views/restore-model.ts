import type { RestoreConfirmation } from '../../../shared/backup/backup-schema';
import type { ParamsOf, ResultOf } from '../../../shared/protocol/contract';
import type { Message } from '../../../shared/model/reading';
import type { TimedMessage } from '../components/timed-message';
import { sizeMessage } from './backup-size';

// Pure: the restore dialog. Into a folder the user types, in one call; over the live data in two:
// the first call answers what would be replaced and a token, the dialog lists it, and only the
// user's explicit confirmation sends the second call with that token (docs/backup.md, "Restore").

export interface RestoreState {
  snapshotId: string;
  destination: string;
  target: 'folder' | 'original';
  folder: string;
  /** The core's answer to the first over-live call: what the confirmation replaces. */
  confirmation?: RestoreConfirmation;
  /** A request is on its way. */
  busy: boolean;
  error?: Message;
}

export function openRestore(snapshotId: string, destination: string): RestoreState {
  return { snapshotId, destination, target: 'folder', folder: '', busy: false };
}

/** Changing the target or the folder forgets an earlier confirmation: it named something else. */
export function chooseTarget(state: RestoreState, target: RestoreState['target']): RestoreState {
  return { snapshotId: state.snapshotId, destination: state.destination, target, folder: state.folder, busy: false };
}

export function typeFolder(state: RestoreState, folder: string): RestoreState {
  return { ...chooseTarget(state, state.target), folder };
}

/** A full path as Windows, a share or Linux write it (the core checks it again). */
const absolute = /^([A-Za-z]:[\\/]|\\\\[^\\]+\\[^\\]+|\/)/;

/** The request the primary button sends now, or why it cannot be sent yet. */
export function restoreRequest(state: RestoreState): { params: ParamsOf<'restoreSnapshot'> } | { error: Message } {
  const base = { snapshotId: state.snapshotId, destination: state.destination };
  if (state.target === 'original')
    return {
      params: {
        ...base,
        target: { original: true },
        ...(state.confirmation ? { confirmToken: state.confirmation.confirmToken } : {}),
      },
    };
  const folder = state.folder.trim();
  if (!folder) return { error: { key: 'ui.backup.restore.folderNeeded' } };
  if (!absolute.test(folder)) return { error: { key: 'ui.backup.restore.folderAbsolute' } };
  return { params: { ...base, target: { folder } } };
}

export function restoreSent(state: RestoreState): RestoreState {
  const { error: _dropped, ...rest } = state;
  return { ...rest, busy: true };
}

/**
 * The core's answer: what would be replaced (the dialog asks to confirm), a started job (the
 * dialog closes, the view follows the job), or why not (said in the dialog; a refused confirmation
 * is asked again from the start, since what it named has changed).
 */
export function restoreAnswered(
  state: RestoreState,
  answer: ResultOf<'restoreSnapshot'>,
): { state: RestoreState } | { started: string } {
  if ('needsConfirmation' in answer) return { state: { ...state, busy: false, confirmation: answer } };
  if (answer.accepted) return { started: answer.jobId };
  const { confirmation: _stale, ...rest } = state;
  return { state: { ...rest, busy: false, error: answer.error.message } };
}

export function restoreFailed(state: RestoreState): RestoreState {
  return { ...state, busy: false };
}

export interface RestoreDialogModel {
  step: 'choose' | 'confirm';
  /** The primary button's label. */
  actionKey: string;
  /** Over the live data after the first answer: what will be replaced, one line each. */
  replaces?: TimedMessage[];
  busy: boolean;
  error?: Message;
}

export function restoreDialogModel(state: RestoreState): RestoreDialogModel {
  const confirm = state.target === 'original' && state.confirmation !== undefined;
  return {
    step: confirm ? 'confirm' : 'choose',
    actionKey: confirm
      ? 'ui.backup.restore.confirm'
      : state.target === 'original'
        ? 'ui.backup.restore.check'
        : 'ui.backup.restore.start',
    ...(confirm
      ? {
          replaces: state.confirmation!.replaces.length
            ? state.confirmation!.replaces.map((r) => ({
                key: 'ui.backup.restore.replacesItem',
                params: { name: r.name, files: r.files },
                parts: { size: sizeMessage(r.bytes) },
              }))
            : [{ key: 'ui.backup.restore.replacesNothing' }],
        }
      : {}),
    busy: state.busy,
    ...(state.error ? { error: state.error } : {}),
  };
}
