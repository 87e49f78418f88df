import type { Reading } from '../../shared/model/reading';
import type { Probe, ProbeOutcome } from './probe';
import { errorMessage } from '../../shared/error-message';

/**
 * Runs one probe under its own timeout. A probe that throws or hangs yields `unknown` with the
 * reason; it never takes the monitor (or the other probes) down with it.
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
    outcome = await Promise.race([probe.run(controller.signal), timeout]);
  } catch (error) {
    const reason = errorMessage(error);
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
