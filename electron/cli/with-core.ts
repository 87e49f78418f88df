import type { Translator } from '../../shared/i18n/translator';
import type { ProtocolClient } from '../../shared/protocol/client';
import { exitCouldNotRun } from '../../shared/model/report';
import { describePolicyIssues } from '../../shared/policy/describe-policy-issues';
import { loadPolicy, type LoadedPolicy } from '../core/policy/load-policy';
import { spawnCore } from '../host/spawn-core';
import type { CliIo } from './cli-io';
import { errorMessage } from '../../shared/error-message';

/**
 * Validates the policy, forks the core with it, lets `use` talk to the core, and always stops it.
 * The policy is validated here, before any probe runs, so a bad policy never triggers checks on
 * defaults (whose gateway and public-host probes the policy may have been written to switch off):
 * exit 3 with one line naming the JSON path. A core that fails is exit 3 too.
 */
export async function withCore(
  options: { policyPath?: string; coreArgs?: readonly string[] },
  t: Translator,
  io: CliIo,
  use: (client: ProtocolClient, loaded: LoadedPolicy) => Promise<number>,
): Promise<number> {
  const loaded = await loadPolicy({ cliPath: options.policyPath, env: io.env, platform: io.platform });
  if (loaded.status.issues.length) {
    io.stderr(`invoiceguard: ${describePolicyIssues(loaded.status, t)}\n`);
    return exitCouldNotRun;
  }
  const policyArgs = loaded.status.path && loaded.status.source !== 'default' ? ['--policy', loaded.status.path] : [];
  // A CLI's core is short-lived, never `--resident`: it keeps no journal, and it does not overwrite
  // the app's metrics file or repeat its events.
  const core = spawnCore([...policyArgs, ...(options.coreArgs ?? [])], {
    corePath: io.corePath,
    env: io.env,
  });
  try {
    return await use(core.client, loaded);
  } catch (error) {
    const reason = errorMessage(error);
    io.stderr(`invoiceguard: ${t.t('cli.coreFailed', { reason })}\n`);
    return exitCouldNotRun;
  } finally {
    await core.stop();
  }
}
