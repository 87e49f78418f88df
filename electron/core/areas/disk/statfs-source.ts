import { statfs } from 'node:fs/promises';
import { readSafely, type SourceRead } from '../../sources/source-read';

export interface SpaceInfo {
  freeBytes: number;
  totalBytes: number;
}

/** Free space as the OS reports it to an unprivileged user; one syscall, no child process. */
export type SpaceSource = (path: string, signal?: AbortSignal) => Promise<SourceRead<SpaceInfo>>;

export const statfsSource: SpaceSource = (path) =>
  readSafely(async () => {
    const s = await statfs(path);
    return { ok: true, freeBytes: s.bavail * s.bsize, totalBytes: s.blocks * s.bsize };
  });

/** The drive Windows and the invoicing software live on, or the root elsewhere. */
export function systemDrive(platform: NodeJS.Platform, env: NodeJS.ProcessEnv): string {
  return platform === 'win32' ? `${env.SystemDrive ?? 'C:'}\\` : '/';
}
