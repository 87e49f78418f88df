import { z } from 'zod';
import { checkStatusSchema, detailsSchema, messageSchema, type Reading } from '../../shared/model/reading';
import type { Probe, ProbeOutcome } from './probe';
import { errorMessage } from '../../shared/error-message';
import { oneLineCut } from '../../shared/text/one-line';

/**
 * The largest outcome (summary and details, as JSON) a reading keeps. Every reading travels in
 * every snapshot to every window, the tray and the CLI: one probe returning megabytes (a runaway
 * list, a parser gone wrong) would make each of them slow, so it reads `unknown` instead.
 */
export const maxOutcomeBytes = 64 * 1024;

const outcomeSchema = z
  .object({
    status: checkStatusSchema,
    summary: messageSchema,
    details: detailsSchema.optional(),
    notChecked: z.literal(true).optional(),
  })
  .strict();

/**
 * Runs one probe under its own timeout. A probe that throws or hangs yields `unknown` with the
 * reason, and so does one that returns garbage (not an outcome, details that are not JSON) or
 * far too much; it never takes the monitor, the other probes or the snapshot down with it.
 */
export async function runProbe(probe: Probe, now: () => number = Date.now): Promise<Reading> {
  const started = now();
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<ProbeOutcome>((resolve) => {
    timer = setTimeout(() => {
      controller.abort(new Error('timeout'));
      resolve({
        status: 'unknown',
        summary: { key: 'check.error.timeout', params: { seconds: Math.round(probe.timeoutMs / 100) / 10 } },
        details: { error: 'timeout', timeoutMs: probe.timeoutMs },
      });
    }, probe.timeoutMs);
  });
  let outcome: ProbeOutcome;
  try {
    outcome = usable(await Promise.race([probe.run(controller.signal), timeout]));
  } catch (error) {
    const reason = oneLineCut(errorMessage(error), 500);
    outcome = {
      status: 'unknown',
      summary: { key: 'check.error.exception' },
      details: { error: reason },
    };
  } finally {
    clearTimeout(timer);
  }
  return {
    id: probe.id,
    area: probe.area,
    status: outcome.status,
    summary: outcome.summary,
    details: outcome.details ?? {},
    checkedAt: new Date(now()).toISOString(),
    durationMs: Math.max(0, now() - started),
    ...(outcome.notChecked ? { notChecked: true } : {}),
  };
}

/** The outcome as it will cross process boundaries (JSON), or `unknown` saying why it cannot. */
function usable(raw: unknown): ProbeOutcome {
  const parsed = outcomeSchema.safeParse(raw);
  if (!parsed.success) {
    const reason = parsed.error.issues
      .slice(0, 3)
      .map((i) => `${i.path.join('.') || '(outcome)'}: ${i.message}`)
      .join('; ');
    return invalid(oneLineCut(reason, 300));
  }
  let json: string;
  try {
    json = JSON.stringify(parsed.data); // throws on BigInt and cycles, which no transport can carry
  } catch (error) {
    return invalid(oneLineCut(errorMessage(error), 300));
  }
  if (json.length > maxOutcomeBytes)
    return {
      status: 'unknown',
      summary: { key: 'check.error.tooLarge', params: { kib: Math.ceil(json.length / 1024) } },
      details: { error: 'too-large', bytes: json.length },
    };
  // What is kept is exactly what a window will receive (functions and undefined dropped, NaN null).
  return JSON.parse(json) as ProbeOutcome;
}

function invalid(reason: string): ProbeOutcome {
  return {
    status: 'unknown',
    // The reason is a developer's message in English: for IT in details, never on the screen.
    summary: { key: 'check.error.invalidOutcome' },
    details: { error: 'invalid-outcome', reason },
  };
}
