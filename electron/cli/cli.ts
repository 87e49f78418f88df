import { createTranslator, languageFromLocale, type Translator } from '../../shared/i18n/translator';
import { buildCheckReport, exitCodeFor, exitCouldNotRun } from '../../shared/model/report';
import { describePolicyIssues } from '../../shared/policy/describe-policy-issues';
import { appVersion } from '../core/app-version';
import { loadPolicy } from '../core/policy/load-policy';
import { spawnCore } from '../core/process/spawn-core';
import { CliUsageError, parseCliArgs } from './cli-args';
import { renderCheckText } from './render-text';

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: NodeJS.ProcessEnv;
  platform: NodeJS.Platform;
  /** Path of the built core bundle to fork. */
  corePath?: string;
}

/** Runs one CLI invocation and returns its exit code; never throws, never prints a stack trace. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const envLanguage = languageFromLocale([
    io.env.LC_ALL,
    io.env.LC_MESSAGES,
    io.env.LANG,
    Intl.DateTimeFormat().resolvedOptions().locale,
  ]);
  let t = createTranslator(envLanguage);
  let command;
  try {
    command = parseCliArgs(argv);
  } catch (error) {
    if (!(error instanceof CliUsageError)) throw error;
    io.stderr(`invoiceguard: ${t.t(error.key, error.params)}\n${t.t('cli.usage')}\n`);
    return exitCouldNotRun;
  }
  if (command.command === 'version') {
    io.stdout(`${appVersion}\n`);
    return 0;
  }
  if (command.language) t = createTranslator(command.language);
  if (command.command === 'help') {
    io.stdout(`${t.t('cli.usage')}\n`);
    return 0;
  }
  return runCheck(command, t, io);
}

async function runCheck(command: { json: boolean; policyPath?: string }, t: Translator, io: CliIo): Promise<number> {
  // Validated here, before any probe runs, so a bad policy never triggers checks on defaults
  // (whose gateway and public-host probes the policy may have been written to switch off).
  const loaded = await loadPolicy({ cliPath: command.policyPath, env: io.env, platform: io.platform });
  if (loaded.status.issues.length) {
    io.stderr(`invoiceguard: ${describePolicyIssues(loaded.status, t)}\n`);
    return exitCouldNotRun;
  }
  const core = spawnCore(
    loaded.status.path && loaded.status.source !== 'default' ? ['--policy', loaded.status.path] : [],
    {
      corePath: io.corePath,
      env: io.env,
    },
  );
  try {
    const snapshot = await core.client.request('runChecks', {});
    io.stdout(
      command.json ? `${JSON.stringify(buildCheckReport(snapshot, t), null, 2)}\n` : renderCheckText(snapshot, t),
    );
    return exitCodeFor(snapshot.overall);
  } catch (error) {
    io.stderr(
      `invoiceguard: ${t.t('cli.coreFailed', { reason: error instanceof Error ? error.message : String(error) })}\n`,
    );
    return exitCouldNotRun;
  } finally {
    await core.stop();
  }
}
