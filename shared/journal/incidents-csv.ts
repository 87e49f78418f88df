import type { Translator } from '../i18n/translator';
import type { Incident } from './incident';
import { formatLocalTime } from './local-time';

/** Excel and WPS read a UTF-8 CSV as UTF-8 (not the ANSI code page, GBK) only when it starts with a BOM. */
export const utf8Bom = '\uFEFF';

const columns = [
  'id',
  'title',
  'faultId',
  'category',
  'severity',
  'status',
  'openedAt',
  'closedAt',
  'minutes',
  'codes',
  'stepsDone',
  'rechecks',
  'notes',
  'practice',
] as const;

/**
 * The History view's export: one row per incident, headers and values in the reader's language
 * (Chinese headers for zh-CN), times in the given zone (the PC's own by default), RFC 4180 quoting
 * with CRLF line ends, and a UTF-8 BOM. Cells that a spreadsheet would run as a formula (starting
 * with = + - @ or a control character) get a leading apostrophe: notes are typed by people.
 */
export function incidentsToCsv(incidents: readonly Incident[], t: Translator, timeZone?: string): string {
  const header = columns.map((c) => t.t(`journal.csv.${c}`));
  const rows = incidents.map((i) => {
    const done = new Set<number>();
    for (const s of i.steps) {
      if (s.done) done.add(s.step);
      else done.delete(s.step);
    }
    const minutes =
      i.closedAt !== undefined ? Math.round((Date.parse(i.closedAt) - Date.parse(i.openedAt)) / 60_000) : '';
    const cells: Record<(typeof columns)[number], string> = {
      id: i.id,
      title: t.has(`fault.${i.faultId}.title`) ? t.t(`fault.${i.faultId}.title`) : i.faultId,
      faultId: i.faultId,
      category: t.t(`category.${i.category}`),
      severity: t.t(`severity.${i.severity}`),
      status: t.t(`journal.status.${i.status}`),
      openedAt: formatLocalTime(i.openedAt, timeZone),
      closedAt: i.closedAt ? formatLocalTime(i.closedAt, timeZone) : '',
      minutes: String(minutes),
      codes: [...new Set(i.codes.map((c) => c.code ?? c.text))].join(', '),
      stepsDone: [...done].sort((a, b) => a - b).join(', '),
      rechecks: String(i.rechecks.length),
      notes: i.notes.map((n) => `${formatLocalTime(n.at, timeZone)} ${n.text}`).join('\n'),
      practice: i.practice ? t.t('journal.csv.yes') : '',
    };
    return columns.map((c) => cells[c]);
  });
  return utf8Bom + [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** One RFC 4180 cell, defused against spreadsheet formula injection. */
export function csvCell(value: string): string {
  // eslint-disable-next-line no-control-regex
  const defused = /^[=+\-@\t\r\u0000-\u001f]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(defused) ? `"${defused.replace(/"/g, '""')}"` : defused;
}
