import path from 'node:path';
import type { Translator } from '../../shared/i18n/translator';
import { exitCodeFor, exitCouldNotRun } from '../../shared/model/report';
import { errorMessage } from '../../shared/error-message';
import { collectBundle } from '../core/support/bundle-contents';
import { gatherBundleSource } from '../core/support/bundle-source';
import { writeZip } from '../core/support/zip-file';
import { coreLogPath, previousLogPath } from '../core/log/core-log';
import { maxRecordBytes } from '../core/journal/journal-store';
import { withCore } from './with-core';
import { cliDataDir, journalFolder } from './journal-command';
import type { CliIo } from './cli-io';

export interface BundleCommand {
  json: boolean;
  out: string;
  policyPath?: string;
  dataDir?: string;
}

/**
 * `invoiceguard bundle --out FILE`: runs every check in a core, then packs the same support bundle
 * the app's "联系技术支持" makes (redacted) into FILE. Exit 0/1/2 by the checks, 3 if it could not
 * be written (an existing FILE is left as it was).
 */
export async function runBundle(command: BundleCommand, t: Translator, io: CliIo): Promise<number> {
  const dataDir = cliDataDir(command.dataDir, io);
  const coreArgs = command.dataDir ? ['--data-dir', command.dataDir] : [];
  return withCore({ policyPath: command.policyPath, coreArgs }, t, io, async (client, _deadline, loaded) => {
    const snapshot = await client.request('runChecks', {});
    const app = await client.request('getAppInfo', {});
    const file = path.resolve(command.out);
    try {
      const collected = await collectBundle(
        await gatherBundleSource({
          t,
          snapshot,
          policy: loaded.policy,
          policyStatus: loaded.status,
          journalFolder: journalFolder(loaded.policy, dataDir),
          read: { maxSegmentBytes: loaded.policy.journal.segmentMiB * 1024 * 1024 + 2 * maxRecordBytes },
          practice: false,
          logFiles: [coreLogPath(dataDir), previousLogPath(coreLogPath(dataDir))],
          version: app.version,
          now: Date.now(),
          log: (line) => io.stderr(`invoiceguard: ${line}\n`),
        }),
      );
      const bytes = await writeZip(file, collected.files);
      io.stdout(
        command.json
          ? `${JSON.stringify({ version: 1, file, bytes, overall: snapshot.overall, manifest: collected.manifest }, null, 2)}\n`
          : `${t.t('cli.bundle.written', { file, bytes, files: collected.files.length })}\n`,
      );
    } catch (error) {
      const reason = (error as NodeJS.ErrnoException).code ?? errorMessage(error);
      io.stderr(`invoiceguard: ${t.t('cli.bundle.failed', { file, reason })}\n`);
      return exitCouldNotRun;
    }
    return exitCodeFor(snapshot.overall);
  });
}
