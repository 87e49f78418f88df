import type { Translator } from '../../shared/i18n/translator';
import { buildCheckReport, exitCodeFor } from '../../shared/model/report';
import { withDeadlineReached } from '../../shared/model/deadline';
import { withoutCalendar } from '../../shared/readiness/readiness';
import { renderCheckText } from './render-check-text';
import { withPerfdata } from './check-perfdata';
import { answerSoon, beforeDeadline, withCore } from './with-core';
import type { CliIo } from './cli-io';

/**
 * `invoiceguard check`: every check once, as text or the stable `--json` v1 object; exit 0/1/2 by
 * the overall state. At the deadline it reports what the core has, the checks still running read
 * `unknown` (so the exit is at least 1), and exits.
 */
export async function runCheck(
  command: { json: boolean; policyPath?: string; perfdata?: true; deadlineSeconds?: number },
  t: Translator,
  io: CliIo,
): Promise<number> {
  return withCore(command, t, io, async (client, deadline) => {
    const ran = await beforeDeadline(client.request('runChecks', {}), deadline);
    const snapshot = withoutCalendar(
      ran.done
        ? ran.value
        : withDeadlineReached(await answerSoon(client.request('getSnapshot', {}), deadline, t), deadline.seconds),
    );
    const text = renderCheckText(snapshot, t);
    io.stdout(
      command.json
        ? `${JSON.stringify(buildCheckReport(snapshot, t), null, 2)}\n`
        : command.perfdata // Nagios performance data, docs/fleet.md
          ? withPerfdata(text, snapshot)
          : text,
    );
    return exitCodeFor(snapshot.overall);
  });
}
