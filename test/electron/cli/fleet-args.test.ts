import { describe, expect, it } from 'vitest';
import { CliUsageError, parseCliArgs } from '../../../electron/cli/cli-args';

describe('command line of the fleet commands', () => {
  it('reads metrics with a policy and a data folder', () => {
    expect(parseCliArgs(['metrics', '--policy', 'p.json', '--data-dir', '/d'])).toEqual({
      command: 'metrics',
      policyPath: 'p.json',
      dataDir: '/d',
    });
  });

  it('reads check --perfdata, and only without --json', () => {
    expect(parseCliArgs(['check', '--perfdata'])).toEqual({ command: 'check', json: false, perfdata: true });
    expect(() => parseCliArgs(['check', '--perfdata', '--json'])).toThrow(CliUsageError);
    expect(() => parseCliArgs(['metrics', '--perfdata'])).toThrow(CliUsageError);
  });
});
