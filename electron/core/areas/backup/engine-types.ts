import type { BackupPhase } from '../../../../shared/backup/backup-schema';

/** What the engine reports while it works; the area adds the job id and the ETA. */
export interface EngineProgress {
  phase: BackupPhase;
  files: number;
  bytes: number;
  totalFiles: number;
  totalBytes: number;
}
