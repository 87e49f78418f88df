import type { BackupPolicy } from '../../../../shared/policy/backup-policy';

const hour = 3_600_000;

/**
 * Pure: when the next scheduled backup is due (ms since the epoch), from the last scheduled start.
 * Daily runs use this computer's local time; a slot missed while the computer was off is due at
 * once (like anacron), but a restart never repeats a slot that already ran.
 */
export function nextDue(schedule: BackupPolicy['schedule'], lastScheduledAt: number | null, now: number): number {
  if (schedule.everyHours !== undefined)
    return lastScheduledAt === null ? now : lastScheduledAt + schedule.everyHours * hour;
  const [h, m] = (schedule.dailyAt ?? '12:30').split(':').map(Number) as [number, number];
  const today = new Date(now);
  today.setHours(h, m, 0, 0);
  const recent = today.getTime() <= now ? today : new Date(new Date(today).setDate(today.getDate() - 1));
  if (lastScheduledAt === null || lastScheduledAt < recent.getTime()) return recent.getTime();
  const next = new Date(recent);
  next.setDate(next.getDate() + 1);
  return next.getTime();
}
