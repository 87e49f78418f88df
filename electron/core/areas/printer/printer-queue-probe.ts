import type { PrintersPolicy } from '../../../../shared/policy/printers-policy';
import type { Probe } from '../../probe';
import { sourceProbe } from '../../source-probe';
import { evaluateQueue } from './evaluate-queue';
import type { PrinterSource } from './printer-model';

/** `printer.queue`: the invoice printer exists, is reachable, not paused, and has no stuck jobs. */
export function printerQueueProbe(policy: PrintersPolicy, source: PrinterSource, now: () => number = Date.now): Probe {
  return sourceProbe({
    id: 'printer.queue',
    area: 'printer',
    intervalMs: policy.intervalSeconds * 1000,
    timeoutMs: 15_000,
    read: source,
    evaluate: (read) => evaluateQueue(read, policy, now()),
  });
}
