import type { PrintJob, PrinterQueue, PrinterRead } from './printer-model';
import { asArray, scalarText, type Json } from '../../sources/powershell-json';

// Parses the JSON the Windows printer script prints (Win32_Printer and Win32_PrintJob through
// ConvertTo-Json). Values are read defensively: Windows PowerShell 5.1 and PowerShell 7 differ in
// how dates and single-element arrays come out, and drivers fill fields inconsistently.

// Win32_Printer.PrinterState is the spooler's PRINTER_STATUS_* bit mask.
const stateBits = {
  paused: 0x1,
  error: 0x2,
  paperJam: 0x8,
  paperOut: 0x10,
  paperProblem: 0x40,
  offline: 0x80,
  outputBinFull: 0x800,
  notAvailable: 0x1000,
  noToner: 0x40000,
  userIntervention: 0x100000,
  doorOpen: 0x400000,
  serverUnknown: 0x800000,
} as const;

// Win32_Printer.DetectedErrorState values that are problems at the printer (2 = no error).
const detectedErrors: Record<number, string> = {
  3: 'low-paper',
  4: 'no-paper',
  6: 'no-toner',
  7: 'door-open',
  8: 'jammed',
  10: 'service-requested',
  11: 'output-bin-full',
};

const printing = 4;
const offlineStatus = 7;
const pausedExtended = 8;

const num = (value: unknown): number => (typeof value === 'number' && Number.isFinite(value) ? value : 0);
const str = (value: unknown): string => (typeof value === 'string' ? value : '');

/**
 * A WMI date in any shape it arrives in: ISO 8601 (our script, PowerShell 7), `/Date(ms)/`
 * (PowerShell 5.1 ConvertTo-Json of a DateTime) or DMTF `yyyymmddHHMMSS.mmmmmm+UUU`
 * (Get-WmiObject). null when unreadable.
 */
export function parseWmiTime(value: unknown): number | null {
  if (typeof value === 'number') return value;
  const text = str(value).trim();
  if (!text) return null;
  const msDate = /^\/Date\((-?\d+)(?:[+-]\d{4})?\)\/$/.exec(text);
  if (msDate) return Number(msDate[1]);
  const dmtf = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})\.\d{6}([+-])(\d{3})$/.exec(text);
  if (dmtf) {
    const [, y, mo, d, h, mi, s, sign, offset] = dmtf;
    const utc = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s));
    return utc - (sign === '-' ? -1 : 1) * Number(offset) * 60_000;
  }
  const parsed = Date.parse(text);
  return Number.isFinite(parsed) ? parsed : null;
}

function toQueue(p: Json): PrinterQueue {
  const state = num(p.PrinterState);
  const status = num(p.PrinterStatus);
  const extended = num(p.ExtendedPrinterStatus);
  const detected = num(p.DetectedErrorState);
  const offline =
    status === offlineStatus ||
    extended === offlineStatus ||
    p.WorkOffline === true ||
    detected === 9 ||
    (state & (stateBits.offline | stateBits.notAvailable | stateBits.serverUnknown)) !== 0;
  const bitError =
    state & stateBits.paperJam
      ? 'jammed'
      : state & stateBits.paperOut
        ? 'no-paper'
        : state & stateBits.doorOpen
          ? 'door-open'
          : state & stateBits.noToner
            ? 'no-toner'
            : state & stateBits.outputBinFull
              ? 'output-bin-full'
              : state & (stateBits.paperProblem | stateBits.userIntervention)
                ? 'needs-attention'
                : state & stateBits.error
                  ? 'error'
                  : null;
  return {
    name: str(p.Name),
    paused: (state & stateBits.paused) !== 0 || extended === pausedExtended,
    accepting: null,
    offline,
    error: detectedErrors[detected] ?? bitError,
    printing: status === printing,
    message: [str(p.DriverName), str(p.PortName)].filter(Boolean).join(' @ ').slice(0, 300),
  };
}

/** Win32_PrintJob.Name is "<printer name>, <job id>"; printer names may contain commas themselves. */
function toJob(j: Json): PrintJob | undefined {
  const name = str(j.Name);
  const cut = name.lastIndexOf(', ');
  if (cut <= 0) return undefined;
  return {
    id: scalarText(j.JobId) || name.slice(cut + 2),
    printer: name.slice(0, cut),
    submittedAt: parseWmiTime(j.TimeSubmitted),
  };
}

/** The printer script's output to printer state; garbage (not JSON, wrong shape) says so instead of throwing. */
export function parseWindowsPrinters(text: string): PrinterRead {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, '').trim());
  } catch {
    return { ok: false, problem: 'unreadable', reason: `printer query returned no JSON: ${text.trim().slice(0, 80)}` };
  }
  if (!json || typeof json !== 'object' || Array.isArray(json))
    return { ok: false, problem: 'unreadable', reason: 'printer query returned an unexpected shape' };
  const root = json as Json;
  const printers = asArray(root.printers)
    .map(toQueue)
    .filter((p) => p.name);
  const defaultName = asArray(root.printers).find((p) => p.Default === true)?.Name;
  const jobs = asArray(root.jobs).flatMap((j) => toJob(j) ?? []);
  return { ok: true, state: { printers, defaultName: typeof defaultName === 'string' ? defaultName : null, jobs } };
}

/** Run in the shared PowerShell session: every printer and job in one round trip, dates as ISO UTC. */
export const windowsPrinterScript = `
$printers = @(Get-CimInstance -ClassName Win32_Printer -ErrorAction Stop |
  Select-Object Name, Default, PrinterStatus, ExtendedPrinterStatus, PrinterState, DetectedErrorState, WorkOffline, DriverName, PortName)
$jobs = @(Get-CimInstance -ClassName Win32_PrintJob -ErrorAction SilentlyContinue |
  Select-Object Name, JobId, JobStatus, StatusMask, @{ n = 'TimeSubmitted'; e = { if ($_.TimeSubmitted) { $_.TimeSubmitted.ToUniversalTime().ToString('o') } } })
ConvertTo-Json -InputObject ([pscustomobject]@{ printers = $printers; jobs = $jobs }) -Depth 4 -Compress
`;
