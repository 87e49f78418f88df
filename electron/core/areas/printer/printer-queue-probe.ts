import type { PrintersPolicy } from '../../../../shared/policy/printers-policy';
import type { Probe } from '../../probe';
import { sourceProbe } from '../../source-probe';
import type { InvoicingMode } from '../../../../shared/model/invoicing';
import { evaluateQueue } from './evaluate-queue';
import type { PrinterSource } from './printer-model';

/** `printer.queue`: the invoice printer exists, is reachable, not paused, and has no stuck jobs. */
export function printerQueueProbe(
  policy: PrintersPolicy,
  source: PrinterSource,
  now: () => number = Date.now,
  mode: () => InvoicingMode = () => 'tax-device',
): Probe {
  return sourceProbe({
    id: 'printer.queue',
    area: 'printer',
    intervalMs: policy.intervalSeconds * 1000,
    timeoutMs: 15_000,
    read: source,
    evaluate: (read) => evaluateQueue(read, policy, now(), mode()),
    // An invoice printer IT names must be checked: a missing print system is then a problem to fix.
    required: policy.invoicePrinter !== null,
    // No print service running on a PC nobody named a printer for: printing is not set up here.
    notPossible: ['tool-missing', 'not-available', 'service-down'],
  });
}
