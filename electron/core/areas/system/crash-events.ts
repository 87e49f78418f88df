/** One unexpected end of a system session: a power loss, a hang reset or a blue screen. */
export interface CrashEvent {
  /** ms since the epoch. */
  at: number;
  kind: 'unexpected-shutdown' | 'blue-screen';
  source: string;
}

export type CrashRead =
  | { ok: true; events: CrashEvent[] }
  | { ok: false; problem: 'tool-missing' | 'no-history' | 'unreadable'; reason: string; install?: string };

export type CrashSource = (lookbackDays: number, signal: AbortSignal) => Promise<CrashRead>;
