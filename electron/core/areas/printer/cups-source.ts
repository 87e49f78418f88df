import { describeOutcome, runCommand, type CommandRunner } from '../../exec/run-command';
import { parseLpstat } from './cups-parse';
import type { PrinterSource } from './printer-model';

export interface CupsSourceOptions {
  /** Environment for lpstat; CUPS_SERVER in it points at another scheduler (the tests' private one). */
  env?: NodeJS.ProcessEnv;
  run?: CommandRunner;
  timeoutMs?: number;
}

/**
 * Linux/UOS/Kylin: one `lpstat -d -l -p -a -o` in the C locale gives the default printer, every
 * queue with its state reasons, whether it accepts jobs, and the pending jobs. systeminformation's
 * printer() is not used: it reports a paused CUPS queue as "unknown".
 */
export function cupsSource(options: CupsSourceOptions = {}): PrinterSource {
  const run = options.run ?? runCommand;
  return async (signal) => {
    const outcome = await run('lpstat', ['-d', '-l', '-p', '-a', '-o'], {
      timeoutMs: options.timeoutMs ?? 5000,
      env: { ...(options.env ?? process.env), LANG: 'C', LC_ALL: 'C' },
      maxOutputBytes: 2 * 1024 * 1024,
      signal,
      okCodes: [1], // "No destinations added" exits 1; parseLpstat decides from the text
    });
    switch (outcome.kind) {
      case 'ok':
        return parseLpstat(outcome.stdout, outcome.stderr, outcome.code);
      case 'missing':
        return {
          ok: false,
          problem: 'tool-missing',
          reason: 'lpstat',
          install: 'cups-client (apt install cups cups-client)',
        };
      case 'failed':
        return outcome.code !== null
          ? parseLpstat(outcome.stdout, outcome.stderr, outcome.code)
          : { ok: false, problem: 'unreadable', reason: describeOutcome(outcome) };
      default:
        return { ok: false, problem: 'unreadable', reason: describeOutcome(outcome) };
    }
  };
}
