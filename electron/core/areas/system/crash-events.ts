import type { SourceRead } from '../../sources/source-read';

/** One unexpected end of a system session: a power loss, a hang reset or a blue screen. */
export interface CrashEvent {
  /** ms since the epoch. */
  at: number;
  kind: 'unexpected-shutdown' | 'blue-screen';
  source: string;
}

/** The crashes in the look-back window; `not-available` when the OS keeps no history of earlier boots. */
export type CrashRead = SourceRead<{ events: CrashEvent[] }>;

export type CrashSource = (lookbackDays: number, signal: AbortSignal) => Promise<CrashRead>;
