import type { Translator } from '../../shared/i18n/translator';
import { buildCheckReport, exitCodeFor } from '../../shared/model/report';
import { withoutCalendar } from '../../shared/readiness/readiness';
import { renderCheckText } from './render-check-text';
import { withCore } from './with-core';
import type { CliIo } from './cli-io';

/** `invoiceguard check`: every check once, as text or the stable `--json` v1 object; exit 0/1/2 by the overall state. */
export async function runCheck(
  command: { json: boolean; policyPath?: string },
  t: Translator,
  io: CliIo,
): Promise<number> {
  return withCore(command, t, io, async (client) => {
    const snapshot = withoutCalendar(await client.request('runChecks', {}));
    io.stdout(
      command.json ? `${JSON.stringify(buildCheckReport(snapshot, t), null, 2)}\n` : renderCheckText(snapshot, t),
    );
    return exitCodeFor(snapshot.overall);
  });
}
