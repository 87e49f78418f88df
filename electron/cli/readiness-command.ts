import type { Translator } from '../../shared/i18n/translator';
import { buildReadinessReport, readinessExitCode, renderReadinessText } from '../../shared/readiness/readiness-report';
import { deadlineReading, isUnfinished } from '../../shared/model/deadline';
import { answerSoon, beforeDeadline, withCore } from './with-core';
import type { CliIo } from './cli-io';

/**
 * `invoiceguard readiness`: runs every check in a core (with the user's filing records from the
 * data directory) and answers "can I invoice today, and will I make the filing deadline?". At the
 * deadline it answers from what the core has; checks still running read `unknown`.
 */
export async function runReadiness(
  command: { json: boolean; policyPath?: string; dataDir?: string; deadlineSeconds?: number },
  t: Translator,
  io: CliIo,
): Promise<number> {
  const coreArgs = command.dataDir ? ['--data-dir', command.dataDir] : [];
  const options = { policyPath: command.policyPath, coreArgs, deadlineSeconds: command.deadlineSeconds };
  return withCore(options, t, io, async (client, deadline) => {
    const ran = await beforeDeadline(client.request('runChecks', {}), deadline);
    let readiness = await answerSoon(client.request('getReadiness', {}), deadline, t);
    if (!ran.done)
      readiness = {
        ...readiness,
        checks: readiness.checks.map((c) =>
          isUnfinished({ summary: c.summary, checkedAt: '' }) ? deadlineReading(c, deadline.seconds) : c,
        ),
      };
    const report = buildReadinessReport(readiness, t);
    io.stdout(command.json ? `${JSON.stringify(report, null, 2)}\n` : renderReadinessText(report, t));
    return readinessExitCode(readiness);
  });
}
