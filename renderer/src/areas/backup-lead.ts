import type { Reading } from '../../../shared/model/reading';
import type { TimedMessage } from '../components/timed-message';
import { ageMessage, durationMessage } from '../components/age-message';

// Pure: the backup card's lines, from the backup readings' details alone (docs/backup.md, "Checks
// and faults"), so the card follows the live snapshot without a request of its own: the last good
// backup and its age against the RPO, the last drill's measured RTO, the next scheduled run.

const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);
const str = (v: unknown): string | undefined => (typeof v === 'string' && v ? v : undefined);

/** The card's lines; none when the area reported nothing (not configured: the card says so). */
export function backupLead(checks: readonly Reading[]): TimedMessage[] {
  const byId = (id: string) => checks.find((c) => c.id === id && !c.notChecked)?.details;
  const freshness = byId('backup.freshness');
  const drill = byId('backup.drill');
  if (!freshness && !drill) return [];
  const lines: TimedMessage[] = [];
  if (freshness) {
    const rpoHours = num(freshness.rpoHours) ?? 0;
    const newestAt = str(freshness.newestAt);
    const ageHours = num(freshness.ageHours);
    lines.push(
      newestAt && ageHours !== undefined
        ? {
            key: ageHours > rpoHours ? 'ui.card.backup.lastStale' : 'ui.card.backup.last',
            params: { rpoHours },
            times: { at: newestAt },
            parts: { age: ageMessage(ageHours * 3600) },
          }
        : { key: 'ui.card.backup.never', params: { rpoHours } },
    );
  }
  if (drill) {
    const last = drill.lastDrill as { at?: unknown; ok?: unknown } | null | undefined;
    const seconds = num(drill.rtoSeconds);
    const at = str(last?.at);
    lines.push(
      at && seconds !== undefined
        ? { key: 'ui.card.backup.rto', times: { at }, parts: { duration: durationMessage(seconds) } }
        : at
          ? { key: 'ui.card.backup.drillFailed', times: { at } }
          : { key: 'ui.card.backup.noDrill' },
    );
  }
  const next = str(freshness?.nextRunAt);
  if (next) lines.push({ key: 'ui.card.backup.next', times: { at: next } });
  return lines;
}
