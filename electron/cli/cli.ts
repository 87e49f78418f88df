import { createTranslator, languageFromLocale } from '../../shared/i18n/translator';
import { exitCouldNotRun } from '../../shared/model/report';
import { appVersion } from '../core/app-version';
import { CliUsageError, parseCliArgs } from './cli-args';
import { runExplain } from './explain-command';
import { runReadiness } from './readiness-command';
import { runCheck } from './check-command';
import { runJournal } from './journal-command';
import { runBundle } from './bundle-command';
import { runMetrics } from './metrics-command';
import { runBackupCommand } from './backup-command';
import { oneLine } from '../../shared/text/one-line';
import type { CliIo } from './cli-io';

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
    // The reason may quote the command line: one line, its control characters written out.
    io.stderr(`invoiceguard: ${oneLine(t.t(error.key, error.params))}\n${usage(t)}\n`);
    return exitCouldNotRun;
  }
  // The only two ways to exit 0 without checking anything; each says so on standard error, where
  // a monitoring agent's log shows it and `$(invoiceguard --version)` still reads just the version.
  if (command.command === 'version') {
    io.stdout(`${appVersion}\n`);
    io.stderr(`invoiceguard: ${t.t('cli.nothingChecked', { option: '--version' })}\n`);
    return 0;
  }
  if (command.language) t = createTranslator(command.language);
  if (command.command === 'help') {
    io.stdout(`${usage(t)}\n`);
    io.stderr(`invoiceguard: ${t.t('cli.nothingChecked', { option: '--help' })}\n`);
    return 0;
  }
  if (command.command === 'explain') return runExplain(command, t, io);
  if (command.command === 'readiness') return runReadiness(command, t, io);
  if (command.command === 'journal') return runJournal(command, t, io);
  if (command.command === 'bundle') return runBundle(command, t, io);
  if (command.command === 'metrics') return runMetrics(command, t, io); // fleet monitoring
  if (command.command === 'backups') return runBackupCommand(command.action, command, t, io);
  return runCheck(command, t, io);
}

function usage(t: ReturnType<typeof createTranslator>): string {
  return `${t.t('cli.usage')}\n${t.t('cli.usageMore')}\n${t.t('cli.usageJournal')}\n${t.t('cli.usageBackup')}\n${t.t('cli.usageFleet')}`;
}
