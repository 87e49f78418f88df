import { createTranslator, languageFromLocale, type Translator } from '../../shared/i18n/translator';
import { buildCheckReport, exitCodeFor, exitCouldNotRun } from '../../shared/model/report';
import { appVersion } from '../core/app-version';
import { withCore } from './with-core';
import { CliUsageError, parseCliArgs } from './cli-args';
import { renderCheckText } from './render-text';
import { runExplain, runReadiness } from './guides-commands';
import { withoutCalendar } from '../../shared/readiness/readiness';

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
    io.stderr(`invoiceguard: ${t.t(error.key, error.params)}\n${t.t('cli.usage')}\n${t.t('cli.usageMore')}\n`);
    return exitCouldNotRun;
  }
  if (command.command === 'version') {
    io.stdout(`${appVersion}\n`);
    return 0;
  }
  if (command.language) t = createTranslator(command.language);
  if (command.command === 'help') {
    io.stdout(`${t.t('cli.usage')}\n${t.t('cli.usageMore')}\n`);
    return 0;
  }
  if (command.command === 'explain') return runExplain(command, t, io);
  if (command.command === 'readiness') return runReadiness(command, t, io);
  return runCheck(command, t, io);
}

async function runCheck(command: { json: boolean; policyPath?: string }, t: Translator, io: CliIo): Promise<number> {
  return withCore(command, t, io, async (client) => {
    const snapshot = withoutCalendar(await client.request('runChecks', {}));
    io.stdout(
      command.json ? `${JSON.stringify(buildCheckReport(snapshot, t), null, 2)}\n` : renderCheckText(snapshot, t),
    );
    return exitCodeFor(snapshot.overall);
  });
}
