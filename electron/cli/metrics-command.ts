import type { Translator } from '../../shared/i18n/translator';
import { withCore } from './with-core';
import type { CliIo } from './cli-io';

/**
 * `invoiceguard metrics`: every check once in a short-lived core, then the same Prometheus
 * exposition text the app writes for the textfile collector (docs/fleet.md). Exit 0 whatever the
 * state (the state is in the text), 3 when it could not run.
 */
export async function runMetrics(
  command: { policyPath?: string; dataDir?: string },
  t: Translator,
  io: CliIo,
): Promise<number> {
  const coreArgs = command.dataDir ? ['--data-dir', command.dataDir] : [];
  return withCore({ policyPath: command.policyPath, coreArgs }, t, io, async (client) => {
    await client.request('runChecks', {});
    const { text } = await client.request('getMetrics', {});
    io.stdout(text);
    return 0;
  });
}
