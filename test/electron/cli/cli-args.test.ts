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

  it('shows help only on --help and the version only on --version', () => {
    expect(parseCliArgs(['--help'])).toEqual({ command: 'help' });
    expect(parseCliArgs(['check', '--help'])).toEqual({ command: 'help' });
    expect(parseCliArgs(['--version'])).toEqual({ command: 'version' });
  });

  it('takes a deadline in whole seconds for check and readiness', () => {
    expect(parseCliArgs(['check', '--deadline', '25'])).toEqual({ command: 'check', json: false, deadlineSeconds: 25 });
    expect(parseCliArgs(['readiness', '--deadline', '5'])).toMatchObject({ command: 'readiness', deadlineSeconds: 5 });
  });

  it.each([
    [['check', '--colour']],
    [['check', '--lang', 'fr']],
    [['check', 'extra']],
    [['frobnicate']],
    [['check', '--policy']],
    // Before: no arguments, -v and -h ran nothing and exited 0, so a monitoring command with a
    // stray flag always read OK.
    [[]],
    [['check', '-v']],
    [['check', '-h']],
    [['-v']],
    [['help']],
    [['check', '--deadline', '0']],
    [['check', '--deadline', '1.5']],
    [['check', '--deadline', 'soon']],
    [['check', '--deadline', '100000']],
    [['explain', '248', '--deadline', '5']],
  ])('refuses %j as a usage error (exit 3)', (argv) => {
    expect(() => parseCliArgs(argv)).toThrow(CliUsageError);
  });

  it('understands the backup commands', () => {
    expect(parseCliArgs(['backup', '--verify', '--data-dir', 'd'])).toEqual({
      command: 'backups',
      action: { command: 'backup', verify: true, acceptSourceChanges: false },
      json: false,
      dataDir: 'd',
    });
    expect(parseCliArgs(['snapshots', '--json'])).toMatchObject({ action: { command: 'snapshots' }, json: true });
    expect(parseCliArgs(['restore', 'latest', '--to', '/r'])).toMatchObject({
      action: { command: 'restore', snapshotId: 'latest', to: '/r' },
    });
    expect(parseCliArgs(['drill'])).toMatchObject({ action: { command: 'drill' } });
    expect(() => parseCliArgs(['restore', 'latest'])).toThrow(CliUsageError);
    expect(() => parseCliArgs(['restore', '--to', '/r'])).toThrow(CliUsageError);
    expect(() => parseCliArgs(['backup', 'extra'])).toThrow(CliUsageError);
  });
});
