import { CliUsageError } from './cli-args';

/**
 * `--since` / `--until` as IT types them, read in this PC's local time: `2026-11-27` (the start
 * of that day for --since, its end for --until), `2026-11-27T09:30` or `2026-11-27 09:30:15`, or
 * a full ISO time with its zone (`2026-11-27T01:30:00Z`). Answers an ISO time in UTC.
 */
export function parseDateArg(value: string, end: 'start' | 'end'): string {
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const local = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?$/.exec(value);
  if (day || local) {
    const [y, mo, d, h = 0, mi = 0, s = 0] = ((day ?? local) as RegExpExecArray).slice(1).map((n) => Number(n ?? 0));
    const date = new Date(y as number, (mo as number) - 1, d, h, mi, s);
    const same =
      date.getFullYear() === y &&
      date.getMonth() === (mo as number) - 1 &&
      date.getDate() === d &&
      date.getHours() === h &&
      date.getMinutes() === mi;
    if (!same) throw new CliUsageError('cli.journal.badDate', { value });
    if (day && end === 'end') date.setDate(date.getDate() + 1);
    return new Date(date.getTime() - (day && end === 'end' ? 1 : 0)).toISOString();
  }
  if (/^\d{4}-\d{2}-\d{2}T[\d:.]+(Z|[+-]\d{2}:?\d{2})$/i.test(value) && Number.isFinite(Date.parse(value))) {
    return new Date(Date.parse(value)).toISOString();
  }
  throw new CliUsageError('cli.journal.badDate', { value });
}
