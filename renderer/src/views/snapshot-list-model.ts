import type { BackupStatus, ListSnapshotsResult } from '../../../shared/backup/backup-schema';
import type { Message } from '../../../shared/model/reading';
import type { Tone } from '../components/tone';
import type { RequestFailure } from '../requests/request-failure';
import { sizeMessage } from './backup-size';
import { destinationName } from './backup-model';

// Pure: the snapshot list, newest first, each with what an accountant needs to pick one: when (local
// time, in the view), complete or partial, verified or not, size and file count. Ids stay keys only.

export interface SnapshotRow {
  id: string;
  destination: string;
  createdAt: string;
  status: 'complete' | 'partial';
  tone: Tone;
  statusKey: string;
  verifiedKey: string;
  size: Message;
  files: number;
  preRestore: boolean;
  /** Where it is kept, shown when there is more than one destination. */
  where?: Message;
}

export type SnapshotListModel =
  | { kind: 'loading' }
  | { kind: 'failed'; failure: RequestFailure }
  | { kind: 'not-configured' }
  | {
      kind: 'ready';
      rows: SnapshotRow[];
      /** "N backups were interrupted and do not count." */
      incomplete?: Message;
      /** A destination that could not be listed: the core's sentence. */
      errors: Message[];
    };

export function snapshotListModel(input: {
  list?: ListSnapshotsResult;
  status?: BackupStatus;
  failure?: RequestFailure;
}): SnapshotListModel {
  const { list } = input;
  if (!list) return input.failure ? { kind: 'failed', failure: input.failure } : { kind: 'loading' };
  if (!list.configured) return { kind: 'not-configured' };
  const destinations = new Set(list.snapshots.map((s) => s.destination));
  const rows = [...list.snapshots]
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
    .map((s): SnapshotRow => ({
      id: s.id,
      destination: s.destination,
      createdAt: s.createdAt,
      status: s.status,
      tone: s.status === 'complete' && s.verified?.ok !== false ? 'ok' : 'warning',
      statusKey: `ui.backup.snap.${s.status}`,
      verifiedKey: !s.verified
        ? 'ui.backup.snap.notVerified'
        : s.verified.ok
          ? 'ui.backup.snap.verified'
          : 'ui.backup.snap.verifyFailed',
      size: sizeMessage(s.bytes),
      files: s.files,
      preRestore: s.preRestore,
      ...(destinations.size > 1 ? { where: destinationName(input.status, s.destination) } : {}),
    }));
  return {
    kind: 'ready',
    rows,
    ...(list.incomplete > 0
      ? { incomplete: { key: 'ui.backup.snap.incomplete', params: { count: list.incomplete } } }
      : {}),
    errors: list.errors.map((e) => e.error.message),
  };
}
