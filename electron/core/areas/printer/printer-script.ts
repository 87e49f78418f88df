import { z } from 'zod';
import { isUnreadableScript, scriptedFailure, unreadableScript } from '../../scenario/script-pieces';
import type { ScriptedWorld } from '../../scenario/scripted-world';
import type { PrinterSources } from './printer-area';

const queue = z
  .object({
    name: z.string().min(1).max(200),
    paused: z.boolean().default(false),
    accepting: z.boolean().nullable().default(true),
    offline: z.boolean().default(false),
    /** What the OS says (Windows' code or CUPS' printer-state-reason), e.g. `media-jam-error`. */
    error: z.string().max(200).nullable().default(null),
    printing: z.boolean().default(false),
    message: z.string().max(300).default(''),
  })
  .strict();
const job = z
  .object({ id: z.string().min(1).max(100), printer: z.string().min(1).max(200), ageMinutes: z.number().min(0) })
  .strict();

const invoicePrinter = 'DASCOM DS-1700';

/** `sources.printers` of a scenario: the print queues the OS lists, its default, and the waiting jobs. */
export const printerScript = z.union([
  z
    .object({
      printers: z
        .array(queue)
        .max(32)
        .default([queue.parse({ name: invoicePrinter })]),
      defaultName: z.string().max(200).nullable().default(invoicePrinter),
      jobs: z.array(job).max(100).default([]),
    })
    .strict(),
  unreadableScript,
]);
export type PrinterScript = z.infer<typeof printerScript>;

export function scriptedPrinterSources(world: ScriptedWorld<PrinterScript>): Omit<PrinterSources, 'taxDevice'> {
  return {
    now: world.now,
    async source() {
      const s = world.state();
      if (isUnreadableScript(s)) return scriptedFailure(s);
      const jobs = s.jobs.map((j) => ({
        id: j.id,
        printer: j.printer,
        submittedAt: world.now() - j.ageMinutes * 60_000,
      }));
      return { ok: true, state: { printers: s.printers, defaultName: s.defaultName, jobs } };
    },
  };
}
