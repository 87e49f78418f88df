import type { SourceRead } from '../../sources/source-read';

/** A running program as far as the software checks need it. */
export interface RunningProcess {
  /** Executable name without folder, e.g. `TaxClient.exe` or `chinatax`. */
  name: string;
  pid: number;
  /** File version of the executable (Windows), null where unreadable or not applicable. */
  version: string | null;
}

export type ProcessRead = SourceRead<{ processes: RunningProcess[] }>;

/** Lists running programs; `names` lets Windows ask only about the ones the policy names. */
export type ProcessSource = (names: readonly string[], signal: AbortSignal) => Promise<ProcessRead>;

/** Executable names compare case-insensitively and with or without `.exe`. */
export function normalizeProcessName(name: string): string {
  return name.toLowerCase().replace(/\.exe$/, '');
}
