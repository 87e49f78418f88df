import type { Message } from '../../../shared/model/reading';
import { errorMessage } from '../../../shared/error-message';

/** Why a record could not be written, as the user is told it (the journal keeps running). */
export class JournalWriteError extends Error {
  constructor(
    readonly reason: Message,
    readonly failure?: unknown,
  ) {
    super(`${reason.key}${failure ? `: ${errorMessage(failure)}` : ''}`);
    this.name = 'JournalWriteError';
  }
}

/** Maps a file-system failure to the message the History view and the log show. */
export function describeJournalError(error: unknown, folder: string): Message {
  if (error instanceof JournalWriteError) return error.reason;
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return { key: 'journal.error.diskFull', params: { folder } };
    case 'EROFS':
      return { key: 'journal.error.readOnly', params: { folder } };
    case 'EACCES':
    case 'EPERM':
      return { key: 'journal.error.noPermission', params: { folder } };
    default:
      return { key: 'journal.error.other', params: { folder, reason: code ?? errorMessage(error) } };
  }
}
