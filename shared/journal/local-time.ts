/**
 * Times as people read them: `2026-11-27 16:05:09` in the given time zone (the PC's own when none is
 * given), 24-hour, the same in every language so Excel, WPS and a support desk read it alike. An
 * unparseable input comes back unchanged rather than as "Invalid Date".
 */
export function formatLocalTime(iso: string, timeZone?: string): string {
  const ms = Date.parse(iso);
  if (!Number.isFinite(ms)) return iso;
  const parts = partsOf(ms, timeZone);
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}:${parts.second}`;
}

/** The zone's name and UTC offset at a moment, for a report's header: `Asia/Shanghai (UTC+08:00)`. */
export function describeTimeZone(atMs: number, timeZone?: string): string {
  const name = timeZone ?? new Intl.DateTimeFormat().resolvedOptions().timeZone ?? 'UTC';
  const offset =
    new Intl.DateTimeFormat('en-US', { timeZone: name, timeZoneName: 'longOffset' })
      .formatToParts(atMs)
      .find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
  return `${name} (${offset === 'GMT' ? 'UTC+00:00' : offset.replace('GMT', 'UTC')})`;
}

/** A compact local stamp for file names: `20261127-160509`. */
export function fileStamp(atMs: number, timeZone?: string): string {
  const p = partsOf(atMs, timeZone);
  return `${p.year}${p.month}${p.day}-${p.hour}${p.minute}${p.second}`;
}

function partsOf(ms: number, timeZone: string | undefined): Record<string, string> {
  const format = new Intl.DateTimeFormat('en-CA', {
    ...(timeZone ? { timeZone } : {}),
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  });
  return Object.fromEntries(format.formatToParts(ms).map((p) => [p.type, p.value]));
}
