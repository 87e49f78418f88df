const pad = (n: number): string => String(n).padStart(2, '0');

/** `2026-12-02 13:45` in this computer's time zone: how a time is shown to people (ISO UTC stays in details). */
export function localTime(iso: string | number): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}
