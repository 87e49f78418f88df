export interface RetainedSnapshot {
  id: string;
  createdAt: string;
  status: 'complete' | 'partial';
  /** Verified and found whole. */
  verified: boolean;
}

/**
 * Pure: which snapshots retention removes. A snapshot stays when it is one of the newest
 * `keepLast`, or younger than `keepDays` (either rule keeps it, like restic's --keep-last plus
 * --keep-within); the newest complete snapshot and the newest verified one always stay, whatever
 * the numbers say.
 */
export function snapshotsToRemove(
  snapshots: readonly RetainedSnapshot[],
  rules: { keepLast: number; keepDays: number },
  now: number,
): string[] {
  const newestFirst = [...snapshots].sort((a, b) => (a.id < b.id ? 1 : -1));
  const keep = new Set(newestFirst.slice(0, rules.keepLast).map((s) => s.id));
  const horizon = now - rules.keepDays * 86_400_000;
  for (const s of newestFirst) if (Date.parse(s.createdAt) >= horizon) keep.add(s.id);
  const newestComplete = newestFirst.find((s) => s.status === 'complete');
  const newestVerified = newestFirst.find((s) => s.verified);
  if (newestComplete) keep.add(newestComplete.id);
  if (newestVerified) keep.add(newestVerified.id);
  return newestFirst.filter((s) => !keep.has(s.id)).map((s) => s.id);
}
