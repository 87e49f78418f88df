import { errorMessage } from '../../../shared/error-message';

/**
 * Why a source could not read, the same words for every source (statfs, libusb, lpstat, smartctl,
 * journalctl, PowerShell, sockets):
 * - `tool-missing`: the OS tool that answers is not installed (smartctl, lpstat, journalctl);
 * - `not-available`: this PC has nothing to read (no SMART-capable disk, no persistent journal,
 *   not an OS where the check exists);
 * - `no-permission`: the OS refused this user;
 * - `service-down`: the OS service that answers is not running (the CUPS scheduler);
 * - `timeout`: the source did not answer in time;
 * - `unreadable`: it answered, but not with anything usable, or failed otherwise.
 */
export const sourceProblems = [
  'tool-missing',
  'not-available',
  'no-permission',
  'service-down',
  'timeout',
  'unreadable',
] as const;
export type SourceProblem = (typeof sourceProblems)[number];

/** A source's one way of saying "could not read": the problem, the raw reason for IT, and what would fix it. */
export interface Unreadable {
  ok: false;
  problem: SourceProblem;
  /** The raw text (tool message, errno code): kept in details for IT, never shown as the summary. */
  reason: string;
  /** What to install when `problem` is `tool-missing`. */
  install?: string;
}

/** What a source returns: its facts with `ok: true`, or why it could not read them. Sources never throw. */
export type SourceRead<T extends object> = ({ ok: true } & T) | Unreadable;

/** The failure for an error a source caught (errno codes to the shared problems). */
export function unreadableFrom(error: unknown): Unreadable {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const reason = code ?? errorMessage(error);
  if (code === 'EACCES' || code === 'EPERM') return { ok: false, problem: 'no-permission', reason };
  if (code === 'ETIMEDOUT' || (error as Error | undefined)?.name === 'TimeoutError')
    return { ok: false, problem: 'timeout', reason };
  if (code === 'ENOSYS' || code === 'ENOTSUP') return { ok: false, problem: 'not-available', reason };
  return { ok: false, problem: 'unreadable', reason };
}

/** Runs a source body that may throw (a syscall, a library) and turns any throw into `Unreadable`. */
export async function readSafely<T extends object>(body: () => Promise<SourceRead<T>>): Promise<SourceRead<T>> {
  try {
    return await body();
  } catch (error) {
    return unreadableFrom(error);
  }
}
