import type { Translator } from '../../shared/i18n/translator';
import { buildCheckReport, exitCodeFor } from '../../shared/model/report';
import { withoutCalendar } from '../../shared/readiness/readiness';
import { renderCheckText } from './render-check-text';
import { withPerfdata } from './check-perfdata';
import { withCore } from './with-core';
import type { CliIo } from './cli-io';

/** `invoiceguard check`: every check once, as text or the stable `--json` v1 object; exit 0/1/2 by the overall state. */
export async function runCheck(
  command: { json: boolean; policyPath?: string; perfdata?: true },
  t: Translator,
  io: CliIo,
): Promise<number> {
  return withCore(command, t, io, async (client) => {
    const snapshot = withoutCalendar(await client.request('runChecks', {}));
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
