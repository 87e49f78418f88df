import type { Translator } from '../../shared/i18n/translator';
import { buildReadinessReport, readinessExitCode, renderReadinessText } from '../../shared/readiness/readiness-report';
import { withCore } from './with-core';
import type { CliIo } from './cli-io';

/**
 * `invoiceguard readiness`: runs every check in a core (with the user's filing records from the
 * data directory) and answers "can I invoice today, and will I make the filing deadline?".
 */
export async function runReadiness(
  command: { json: boolean; policyPath?: string; dataDir?: string },
  t: Translator,
  io: CliIo,
): Promise<number> {
  const coreArgs = command.dataDir ? ['--data-dir', command.dataDir] : [];
  return withCore({ policyPath: command.policyPath, coreArgs }, t, io, async (client) => {
    await client.request('runChecks', {});
    const readiness = await client.request('getReadiness', {});
    const report = buildReadinessReport(readiness, t);
    io.stdout(command.json ? `${JSON.stringify(report, null, 2)}\n` : renderReadinessText(report, t));
    return readinessExitCode(readiness);
  });
}
