import { z } from 'zod';
import { sourceProblems, type SourceRead, type Unreadable } from '../sources/source-read';

/**
 * A scripted source that cannot read, in a scenario: `{"unreadable": "tool-missing", "reason":
 * "smartctl"}`. The real probe then meets exactly the failure a real source would report.
 */
export const unreadableScript = z
  .object({
    unreadable: z.enum(sourceProblems),
    reason: z.string().max(500).default(''),
    install: z.string().max(200).optional(),
  })
  .strict();
export type UnreadableScript = z.infer<typeof unreadableScript>;

export function isUnreadableScript(value: unknown): value is UnreadableScript {
  return typeof value === 'object' && value !== null && 'unreadable' in value;
}

/** The failure a scripted `unreadable` entry stands for. */
export function scriptedFailure(script: UnreadableScript): Unreadable {
  return {
    ok: false,
    problem: script.unreadable,
    reason: script.reason || script.unreadable,
    ...(script.install ? { install: script.install } : {}),
  };
}

/** A scripted value or failure as the source's answer. */
export function scriptedRead<T extends object>(script: T | UnreadableScript): SourceRead<T> {
  return isUnreadableScript(script) ? scriptedFailure(script) : { ok: true, ...script };
}

/** A record keyed by name where `*` stands for every name not listed. */
export function pick<T>(record: Readonly<Record<string, T>>, name: string, fallback: NoInfer<T>): T {
  return Object.hasOwn(record, name) ? (record[name] as T) : Object.hasOwn(record, '*') ? (record['*'] as T) : fallback;
}
