import { describe, expect, it } from 'vitest';
import { CliUsageError, parseCliArgs } from '../../../electron/cli/cli-args';
import { createTranslator } from '../../../shared/i18n/translator';

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

describe('a mistake on the command line', () => {
  const zh = createTranslator('zh-CN');
  const said = (argv: string[]): string => {
    try {
      parseCliArgs(argv);
    } catch (error) {
      if (error instanceof CliUsageError) return zh.t(error.key, error.params);
      throw error;
    }
    throw new Error(`${argv.join(' ')} was accepted`);
  };

  it.each([
    [['readiness', '--bogus'], '参数错误：不认识的选项 --bogus'],
    [['check', '--policy'], '参数错误：--policy 后面要写一个值'],
    [['check', '--json=yes'], '参数错误：--json 后面不带值'],
    [['check', '--lang', 'fr'], '参数错误：--lang 只能是 zh-CN 或 en，不能是“fr”'],
    [['journal', '--deadline', '5'], '参数错误：--deadline 只能用于 check, readiness 命令'],
    [['check', 'extra'], '参数错误：多了一个参数“extra”'],
    [['check', '--policy='], '参数错误：--policy 后面要写文件名'],
    [['check', '--deadline', '0'], '参数错误：--deadline 应为 1 到 600 的整数秒，不能是“0”'],
  ])('%j is told in Chinese, never in node’s English', (argv, text) => {
    expect(said(argv)).toBe(text);
  });

  it.each([
    [['check', '--since', '2026-11-01']],
    [['journal', '--fault', '']],
    [['check', '--data-dir=']],
    [['check', '--perfdata', '--json']],
    [['metrics', '--json']],
  ])('%j has its reason in the catalog too', (argv) => {
    const text = said(argv);
    expect(text).toMatch(/^参数错误：/);
    expect(text).not.toMatch(/\$t\(|\{\{|cli\.arg\./);
  });
});
