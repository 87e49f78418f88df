import type { SourceRead } from '../../sources/source-read';

/** One print queue as both CUPS and the Windows spooler can describe it. */
export interface PrinterQueue {
  name: string;
  /** Paused by a person or by the system (CUPS `disabled`, Windows "Pause printing"). */
  paused: boolean;
  /** false when the queue refuses new jobs (CUPS `reject`); null where the OS has no such state. */
  accepting: boolean | null;
  /** The printer cannot be reached: unplugged, powered off, "Use printer offline". */
  offline: boolean;
  /** A hardware problem the printer reports (paper jam, out of paper, door open), else null. */
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
