import type { SourceRead } from '../../sources/source-read';

/** The hardware problems a printer reports, as words the catalogs translate (`printer.error.<code>`). */
export const printerErrors = [
  'low-paper',
  'no-paper',
  'no-toner',
  'door-open',
  'jammed',
  'service-requested',
  'output-bin-full',
  'needs-attention',
  'other',
] as const;
export type PrinterError = (typeof printerErrors)[number];

/** Pure: the OS's word for a printer problem (Windows' codes, CUPS' printer-state-reasons) to ours. */
export function printerErrorCode(raw: string): PrinterError {
  if ((printerErrors as readonly string[]).includes(raw)) return raw as PrinterError;
  if (/jam/.test(raw)) return 'jammed';
  if (/media-(empty|needed)|paper-out/.test(raw)) return 'no-paper';
  if (/media-low/.test(raw)) return 'low-paper';
  if (/door-open|cover-open/.test(raw)) return 'door-open';
  if (/toner|marker-supply/.test(raw)) return 'no-toner';
  if (/output-area-full|output-bin/.test(raw)) return 'output-bin-full';
  return 'other';
}

/** One print queue as both CUPS and the Windows spooler can describe it. */
export interface PrinterQueue {
  name: string;
  /** Paused by a person or by the system (CUPS `disabled`, Windows "Pause printing"). */
  paused: boolean;
  /** false when the queue refuses new jobs (CUPS `reject`); null where the OS has no such state. */
  accepting: boolean | null;
  /** The printer cannot be reached: unplugged, powered off, "Use printer offline". */
  offline: boolean;
  /** A hardware problem the printer reports (paper jam, out of paper, door open) as the OS names it, else null. */
  error: string | null;
  printing: boolean;
  /** The queue's own status text, as the OS gives it (not translated). */
  message: string;
}

/** A job waiting in a queue; `submittedAt` is ms since the epoch, null when the time was unreadable. */
export interface PrintJob {
  id: string;
  printer: string;
  submittedAt: number | null;
}

export interface PrinterState {
  printers: PrinterQueue[];
  /** The default printer's name, null when none is set. */
  defaultName: string | null;
  jobs: PrintJob[];
}

/** Every queue, the default printer and the pending jobs, or why they could not be read. */
export type PrinterRead = SourceRead<{ state: PrinterState }>;

/** Reads every queue, the default printer and the pending jobs; never throws. */
export type PrinterSource = (signal: AbortSignal) => Promise<PrinterRead>;
