import { describe, expect, it } from 'vitest';
import { CliUsageError, parseCliArgs } from '../../../electron/cli/cli-args';

describe('the invoiceguard command line', () => {
  it('understands check with its options', () => {
    expect(parseCliArgs(['check', '--json', '--policy', 'p.json', '--lang', 'en'])).toEqual({
      command: 'check',
      json: true,
      policyPath: 'p.json',
      language: 'en',
    });
    expect(parseCliArgs(['check'])).toEqual({ command: 'check', json: false });
  });

  it('shows help without a command, and the version on --version', () => {
    expect(parseCliArgs([])).toEqual({ command: 'help' });
    expect(parseCliArgs(['--version'])).toEqual({ command: 'version' });
  });

  it.each([
    [['check', '--colour']],
    [['check', '--lang', 'fr']],
    [['check', 'extra']],
    [['frobnicate']],
    [['check', '--policy']],
  ])('refuses %j as a usage error (exit 3)', (argv) => {
    expect(() => parseCliArgs(argv)).toThrow(CliUsageError);
  });
});
