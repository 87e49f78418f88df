import { errnoOf } from './sync-fs';

/** Why a job stopped as a whole; each kind has a catalog message `backup.error.<kind>`. */
export type FailureKind =
  | 'destination-missing'
  | 'destination-full'
  | 'destination-permission'
  | 'destination-io'
  | 'store-damaged'
  | 'snapshot-not-found'
  | 'target-not-empty'
  | 'target-unwritable'
  | 'target-full'
  | 'live-in-use'
  | 'busy'
  | 'not-configured'
  | 'pre-restore-partial'
  | 'confirm-mismatch'
  | 'practice'
  | 'internal';

/** A job failure with the raw OS facts kept apart for IT (`details`), never shown as the summary. */
export class BackupFailure extends Error {
  constructor(
    readonly kind: FailureKind,
    readonly details: Record<string, string | number | boolean> = {},
  ) {
    super(`${kind}${details.reason ? `: ${String(details.reason)}` : ''}`);
  }
}

/** An error while writing to or reading from the destination, classified for the user. */
export function destinationFailure(error: unknown, file: string): BackupFailure {
  if (error instanceof BackupFailure) return error;
  const code = errnoOf(error);
  const reason = error instanceof Error ? error.message : String(error);
  const kind: FailureKind =
    code === 'ENOSPC' || code === 'EDQUOT' || code === 'EFBIG'
      ? 'destination-full'
      : code === 'ENOENT' || code === 'ENOTDIR' || code === 'ENODEV' || code === 'ENXIO' || code === 'EHOSTDOWN'
        ? 'destination-missing'
        : code === 'EACCES' || code === 'EPERM' || code === 'EROFS'
          ? 'destination-permission'
          : 'destination-io';
  return new BackupFailure(kind, { code, path: file, reason });
}

/** The same for the folder a restore writes into. */
export function targetFailure(error: unknown, file: string): BackupFailure {
  if (error instanceof BackupFailure) return error;
  const code = errnoOf(error);
  const reason = error instanceof Error ? error.message : String(error);
  const kind: FailureKind =
    code === 'ENOSPC' || code === 'EDQUOT' || code === 'EFBIG' ? 'target-full' : 'target-unwritable';
  return new BackupFailure(kind, { code, path: file, reason });
}

export interface SerializedFailure {
  kind: FailureKind;
  details: Record<string, string | number | boolean>;
}

export function serializeFailure(error: unknown): SerializedFailure {
  if (error instanceof BackupFailure) return { kind: error.kind, details: error.details };
  return { kind: 'internal', details: { reason: error instanceof Error ? error.message : String(error) } };
}
