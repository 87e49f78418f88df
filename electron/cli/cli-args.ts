import { parseArgs } from 'node:util';
import { isLanguage, type Language } from '../../shared/i18n/translator';
import { errorMessage } from '../../shared/error-message';
import { parseDateArg } from './parse-date-arg';
import { maxDeadlineSeconds } from '../../shared/policy/cli-policy';
import type { BackupCliCommand } from './backup-command';
import type { JournalCommand } from './journal-command';
import type { BundleCommand } from './bundle-command';

export type CliCommand =
  | {
      command: 'check';
      json: boolean;
      policyPath?: string;
      language?: Language;
      perfdata?: true;
      deadlineSeconds?: number;
    }
  | { command: 'help'; language?: Language }
  | { command: 'version' }
  | {
      command: 'readiness';
      json: boolean;
      policyPath?: string;
      dataDir?: string;
      language?: Language;
      deadlineSeconds?: number;
    }
  | { command: 'explain'; json: boolean; text: string; language?: Language }
  | ({ command: 'journal'; language?: Language } & JournalCommand)
  | ({ command: 'bundle'; language?: Language } & BundleCommand)
  // Fleet monitoring (docs/fleet.md):
  | { command: 'metrics'; policyPath?: string; dataDir?: string; language?: Language }
  | {
      command: 'backups';
      action: BackupCliCommand;
      json: boolean;
      policyPath?: string;
      dataDir?: string;
      language?: Language;
    };

/** A command line the CLI cannot act on; exits 3 with this message. */
export class CliUsageError extends Error {
  constructor(
    readonly key: string,
    readonly params: Record<string, string> = {},
  ) {
    super(key);
  }
}

/** A usage error whose reason is a catalog message (`cli.arg.<reason>`), in the user's language. */
function badArgs(reason: string, params: Record<string, string> = {}): CliUsageError {
  return new CliUsageError('cli.badArgs', { reason, ...params });
}

/**
 * node:util's parseArgs says what is wrong in English; the user is told in their language, with the
 * option it names. Its codes are stable (ERR_PARSE_ARGS_*), its wording is not relied on beyond
 * the quoted option and whether a value is missing.
 */
function parseArgsError(error: unknown): CliUsageError {
  const code = (error as { code?: unknown }).code;
  const message = errorMessage(error);
  const option = /'(-[^' ]+)/.exec(message)?.[1] ?? '';
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return badArgs('unknownOption', { option });
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE')
    return badArgs(/argument missing/.test(message) ? 'missingValue' : 'noValue', { option });
  return badArgs('other', { detail: message });
}

/**
 * Parses `invoiceguard COMMAND [options]`; throws CliUsageError on anything it does not understand.
 * `--help` and `--version` are the only ways to run nothing and exit 0: no command at all, a short
 * flag (`-v`, `-h`) or any unknown flag is a usage error (exit 3), so a monitoring command with a
 * stray flag never reads OK.
 */
export function parseCliArgs(argv: readonly string[]): CliCommand {
  let parsed;
  try {
    parsed = parseArgs({
      args: negativeCodesAsPositionals(argv),
      allowPositionals: true,
      strict: true,
      options: {
        json: { type: 'boolean', default: false },
        policy: { type: 'string' },
        'data-dir': { type: 'string' },
        lang: { type: 'string' },
        // journal and bundle (docs/cli.md)
        since: { type: 'string' },
        until: { type: 'string' },
        fault: { type: 'string' },
        csv: { type: 'boolean', default: false },
        out: { type: 'string' },
        deadline: { type: 'string' }, // check and readiness: report what is known by then
        help: { type: 'boolean', default: false },
        version: { type: 'boolean', default: false },
        perfdata: { type: 'boolean', default: false }, // fleet monitoring: check --perfdata
        verify: { type: 'boolean', default: false },
        'accept-source-changes': { type: 'boolean', default: false },
        to: { type: 'string' },
      },
    });
  } catch (error) {
    throw parseArgsError(error);
  }
  const { values, positionals } = parsed;
  if (values.lang !== undefined && !isLanguage(values.lang)) {
    throw badArgs('badLang', { value: values.lang });
  }
  const language = values.lang as Language | undefined;
  if (values.version) return { command: 'version' };
  const [command, ...rest] = positionals;
  if (values.help) return { command: 'help', ...(language ? { language } : {}) };
  if (command === undefined) throw new CliUsageError('cli.noCommand');
  const deadline = values.deadline === undefined ? {} : { deadlineSeconds: parseDeadline(values.deadline) };
  if (values.deadline !== undefined && command !== 'check' && command !== 'readiness')
    throw badArgs('onlyFor', { option: '--deadline', commands: 'check, readiness' });
  if (command === 'explain') {
    // The code may come in several words ("错误代码： 248"); they are read as one text.
    if (!rest.join('').trim()) throw new CliUsageError('cli.explain.needCode');
    return { command: 'explain', json: values.json, text: rest.join(' '), ...(language ? { language } : {}) };
  }
  if (command === 'restore') {
    if (rest.length !== 1 || !rest[0]) throw new CliUsageError('cli.restore.needSnapshot');
    if (!values.to) throw new CliUsageError('cli.restore.needTarget');
    return backupsCommand({ command: 'restore', snapshotId: rest[0], to: values.to }, values, language);
  }
  if (rest.length) throw badArgs('unexpected', { argument: rest[0] ?? '' });
  if (command === 'backup')
    return backupsCommand(
      { command: 'backup', verify: values.verify, acceptSourceChanges: values['accept-source-changes'] },
      values,
      language,
    );
  if (command === 'snapshots' || command === 'drill') return backupsCommand({ command }, values, language);
  if (values['data-dir'] === '') throw badArgs('needsFolder', { option: '--data-dir' });
  const journalOnly = (['since', 'until', 'fault', 'csv', 'out'] as const).find(
    (o) => values[o] !== undefined && values[o] !== false,
  );
  if (journalOnly && command !== 'journal' && command !== 'bundle') {
    throw badArgs('onlyFor', { option: `--${journalOnly}`, commands: 'journal, bundle' });
  }
  if (command === 'journal' || command === 'bundle') {
    if (values.policy === '') throw badArgs('needsFile', { option: '--policy' });
    const common = {
      ...(values.policy ? { policyPath: values.policy } : {}),
      ...(values['data-dir'] ? { dataDir: values['data-dir'] } : {}),
      ...(language ? { language } : {}),
    };
    if (command === 'bundle') {
      if (!values.out) throw new CliUsageError('cli.bundle.needOut');
      return { command, json: values.json, out: values.out, ...common };
    }
    if (values.json && values.csv) throw new CliUsageError('cli.journal.bothFormats');
    if (values.fault === '') throw badArgs('needsFault', { option: '--fault' });
    return {
      command,
      format: values.json ? 'json' : values.csv ? 'csv' : 'text',
      ...(values.since !== undefined ? { since: parseDateArg(values.since, 'start') } : {}),
      ...(values.until !== undefined ? { until: parseDateArg(values.until, 'end') } : {}),
      ...(values.fault ? { faultId: values.fault } : {}),
      ...common,
    };
  }
  if (command === 'readiness') {
    if (values.policy === '') throw badArgs('needsFile', { option: '--policy' });
    return {
      command: 'readiness',
      json: values.json,
      ...(values.policy ? { policyPath: values.policy } : {}),
      ...(values['data-dir'] ? { dataDir: values['data-dir'] } : {}),
      ...(language ? { language } : {}),
      ...deadline,
    };
  }
  if (command === 'metrics') return parseMetricsArgs(values, language); // fleet monitoring
  if (command !== 'check') throw new CliUsageError('cli.unknownCommand', { command });
  if (values.policy === '') throw badArgs('needsFile', { option: '--policy' });
  if (values.perfdata && values.json) throw badArgs('perfdataJson');
  return {
    command: 'check',
    json: values.json,
    ...(values.policy ? { policyPath: values.policy } : {}),
    ...(language ? { language } : {}),
    ...(values.perfdata ? { perfdata: true as const } : {}),
    ...deadline,
  };
}

/** `--deadline SECONDS`: whole seconds, 1 up to the policy's maximum. */
function parseDeadline(text: string): number {
  const seconds = /^\d{1,4}$/.test(text) ? Number(text) : NaN;
  if (!(seconds >= 1 && seconds <= maxDeadlineSeconds))
    throw badArgs('badDeadline', { max: String(maxDeadlineSeconds), value: text });
  return seconds;
}

/** `invoiceguard metrics [--policy FILE] [--data-dir DIR]` (docs/fleet.md). */
function parseMetricsArgs(
  values: { policy?: string | undefined; 'data-dir'?: string | undefined; json: boolean; perfdata: boolean },
  language: Language | undefined,
): CliCommand {
  if (values.policy === '') throw badArgs('needsFile', { option: '--policy' });
  if (values.json || values.perfdata) throw badArgs('metricsFormat');
  return {
    command: 'metrics',
    ...(values.policy ? { policyPath: values.policy } : {}),
    ...(values['data-dir'] ? { dataDir: values['data-dir'] } : {}),
    ...(language ? { language } : {}),
  };
}

function backupsCommand(
  action: BackupCliCommand,
  values: { json: boolean; policy?: string | undefined; 'data-dir'?: string | undefined },
  language: Language | undefined,
): CliCommand {
  if (values.policy === '') throw badArgs('needsFile', { option: '--policy' });
  return {
    command: 'backups',
    action,
    json: values.json,
    ...(values.policy ? { policyPath: values.policy } : {}),
    ...(values['data-dir'] ? { dataDir: values['data-dir'] } : {}),
    ...(language ? { language } : {}),
  };
}

/**
 * `explain -10317` would read as an unknown option: tokens that are negative numbers (in any
 * minus sign, full-width digits too) are passed after `--`, where they are plain positionals.
 */
function negativeCodesAsPositionals(argv: readonly string[]): string[] {
  if (argv.includes('--')) return [...argv];
  const isNegative = (a: string): boolean => /^[-\u2212\uFF0D][0-9\uFF10-\uFF19]/.test(a);
  const negatives = argv.filter(isNegative);
  return negatives.length ? [...argv.filter((a) => !isNegative(a)), '--', ...negatives] : [...argv];
}
