import { parseArgs } from 'node:util';
import { isLanguage, type Language } from '../../shared/i18n/translator';
import { errorMessage } from '../../shared/error-message';
import { maxDeadlineSeconds } from '../../shared/policy/cli-policy';

export type CliCommand =
  | { command: 'check'; json: boolean; policyPath?: string; language?: Language; deadlineSeconds?: number }
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
  | { command: 'explain'; json: boolean; text: string; language?: Language };

/** A command line the CLI cannot act on; exits 3 with this message. */
export class CliUsageError extends Error {
  constructor(
    readonly key: string,
    readonly params: Record<string, string> = {},
  ) {
    super(key);
  }
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
        deadline: { type: 'string' },
        help: { type: 'boolean', default: false },
        version: { type: 'boolean', default: false },
      },
    });
  } catch (error) {
    throw new CliUsageError('cli.badArgs', { reason: errorMessage(error) });
  }
  const { values, positionals } = parsed;
  if (values.lang !== undefined && !isLanguage(values.lang)) {
    throw new CliUsageError('cli.badArgs', { reason: `--lang must be zh-CN or en, not "${values.lang}"` });
  }
  const language = values.lang as Language | undefined;
  if (values.version) return { command: 'version' };
  const [command, ...rest] = positionals;
  if (values.help) return { command: 'help', ...(language ? { language } : {}) };
  if (command === undefined) throw new CliUsageError('cli.noCommand');
  const deadline = values.deadline === undefined ? {} : { deadlineSeconds: parseDeadline(values.deadline) };
  if (command === 'explain') {
    // The code may come in several words ("错误代码： 248"); they are read as one text.
    if (!rest.join('').trim()) throw new CliUsageError('cli.explain.needCode');
    if (values.deadline !== undefined)
      throw new CliUsageError('cli.badArgs', { reason: '--deadline is for check and readiness' });
    return { command: 'explain', json: values.json, text: rest.join(' '), ...(language ? { language } : {}) };
  }
  if (rest.length) throw new CliUsageError('cli.badArgs', { reason: `unexpected argument "${rest[0] ?? ''}"` });
  if (values['data-dir'] === '') throw new CliUsageError('cli.badArgs', { reason: '--data-dir needs a folder name' });
  if (command === 'readiness') {
    if (values.policy === '') throw new CliUsageError('cli.badArgs', { reason: '--policy needs a file name' });
    return {
      command: 'readiness',
      json: values.json,
      ...(values.policy ? { policyPath: values.policy } : {}),
      ...(values['data-dir'] ? { dataDir: values['data-dir'] } : {}),
      ...(language ? { language } : {}),
      ...deadline,
    };
  }
  if (command !== 'check') throw new CliUsageError('cli.unknownCommand', { command });
  if (values.policy === '') throw new CliUsageError('cli.badArgs', { reason: '--policy needs a file name' });
  return {
    command: 'check',
    json: values.json,
    ...(values.policy ? { policyPath: values.policy } : {}),
    ...(language ? { language } : {}),
    ...deadline,
  };
}

/** `--deadline SECONDS`: whole seconds, 1 up to the policy's maximum. */
function parseDeadline(text: string): number {
  const seconds = /^\d{1,4}$/.test(text) ? Number(text) : NaN;
  if (!(seconds >= 1 && seconds <= maxDeadlineSeconds))
    throw new CliUsageError('cli.badArgs', {
      reason: `--deadline must be whole seconds from 1 to ${maxDeadlineSeconds}, not "${text}"`,
    });
  return seconds;
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
