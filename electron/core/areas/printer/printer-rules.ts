import type { DiagnosisRule, RaisedFault } from '../../probe';
import type { QueueProblem } from './evaluate-queue';

/** One fault per problem the `printer.queue` reading lists (`printer.offline`, `printer.paused`...). */
export const printerQueueRule: DiagnosisRule = {
  id: 'printer.queue',
  evaluate(readings) {
    const reading = readings.get('printer.queue');
    if (!reading || reading.status === 'ok' || reading.status === 'unknown') return [];
    const details = reading.details as {
      problems?: QueueProblem[];
      printer?: string;
      invoicePrinter?: string | null;
      stuckJobs?: string[];
      oldestStuckMinutes?: number;
    };
    return (details.problems ?? []).map((problem): RaisedFault => ({
      id: `printer.${problem}`,
      checkIds: [reading.id],
      evidence:
        problem === 'jobs-stuck'
          ? {
              printer: details.printer ?? '',
              jobs: details.stuckJobs?.length ?? 0,
              minutes: details.oldestStuckMinutes ?? 0,
            }
          : { printer: details.printer ?? details.invoicePrinter ?? '' },
    }));
  },
};
