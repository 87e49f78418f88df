import { describe, expect, it } from 'vitest';
import { parsePolicyBytes, parsePolicyText, jsonPath } from '../../../shared/policy/parse-policy';
import { defaultPolicy } from '../../../shared/policy/policy-schema';
import { describePolicyIssues } from '../../../shared/policy/describe-policy-issues';
import { createTranslator } from '../../../shared/i18n/translator';

const issuesOf = (text: string) => {
  const parsed = parsePolicyText(text);
  if (parsed.ok) throw new Error('expected the policy to be rejected');
  return parsed.issues;
};

describe('reading a policy file', () => {
  it('fills every section with its defaults when the file is empty of settings', () => {
    const parsed = parsePolicyText('{}');
    expect(parsed).toEqual({ ok: true, policy: defaultPolicy() });
  });

  it('accepts a UTF-8 byte-order mark, as Windows Notepad writes it', () => {
    expect(parsePolicyText('\uFEFF{"disk":{"warnFreeMiB":2048}}').ok).toBe(true);
  });

  it('says where malformed JSON breaks, by line and column', () => {
    const [issue] = issuesOf('{\n  "disk": {,}\n}');
    expect(issue?.path).toBe('$');
    expect(issue?.message).toMatchObject({ key: 'policy.issue.invalidJson', params: { line: 2, column: 12 } });
  });

  it('names the JSON path and the expected type for a wrong type', () => {
    const [issue] = issuesOf('{"disk":{"warnFreeMiB":"lots"}}');
    expect(issue).toEqual({
      path: '$.disk.warnFreeMiB',
      message: {
        key: 'policy.issue.invalidType',
        params: { expectedKey: 'policy.type.number', receivedKey: 'policy.type.string' },
      },
    });
  });

  it('rejects an unknown key, naming it, so a typo never silently falls back to a default', () => {
    const [issue] = issuesOf('{"disk":{"warnFreeMb":1}}');
    expect(issue).toEqual({
      path: '$.disk.warnFreeMb',
      message: { key: 'policy.issue.unknownKeys', params: { keys: 'warnFreeMb' } },
    });
  });

  it('rejects out-of-range values with the limit', () => {
    const [issue] = issuesOf('{"disk":{"intervalSeconds":1}}');
    expect(issue).toMatchObject({
      path: '$.disk.intervalSeconds',
      message: { key: 'policy.issue.tooSmall', params: { minimum: '5' } },
    });
  });

  it("explains a cross-field rule in the reader's language", () => {
    const [issue] = issuesOf('{"disk":{"warnFreeMiB":100,"faultFreeMiB":200}}');
    expect(issue).toEqual({ path: '$.disk.faultFreeMiB', message: { key: 'policy.rule.diskThresholdOrder' } });
  });

  it('explains pattern rules and unions in words, not regular expressions', () => {
    const parsed = parsePolicyText(
      '{"network":{"endpoints":[{"name":"Bad Name","host":"<province>.chinatax.gov.cn","port":443,"kind":"tcp"}]}}',
    );
    expect(parsed.ok).toBe(false);
    const keys = parsed.ok ? [] : parsed.issues.map((i) => [i.path, i.message.key]);
    expect(keys).toContainEqual(['$.network.endpoints[0].name', 'policy.rule.targetName']);
    expect(keys).toContainEqual(['$.network.endpoints[0].host', 'policy.issue.noVariant']);
  });

  it('rejects a top-level array or a wrong version', () => {
    expect(issuesOf('[]')[0]?.path).toBe('$');
    expect(issuesOf('{"version":2}')[0]).toMatchObject({
      path: '$.version',
      message: { key: 'policy.issue.invalidValue' },
    });
  });

  it('writes paths as IT sees them in an editor', () => {
    expect(jsonPath(['network', 'endpoints', 2, 'port'])).toBe('$.network.endpoints[2].port');
    expect(jsonPath(['weird key'])).toBe('$["weird key"]');
  });

  it('describes the problem on one line in Chinese and in English', () => {
    const status = { source: 'cli' as const, path: '/etc/p.json', issues: issuesOf('{"disk":{"warnFreeMiB":"lots"}}') };
    const zh = describePolicyIssues(status, createTranslator('zh-CN'));
    const en = describePolicyIssues(status, createTranslator('en'));
    expect(zh).toBe('策略文件 /etc/p.json 无效：$.disk.warnFreeMiB：应为数字，实际是文字（加双引号）');
    expect(en).toBe(
      'The policy file /etc/p.json is invalid: $.disk.warnFreeMiB: expected a number, got text (in double quotes)',
    );
  });

  it('says what is wrong with the file as a whole without a JSON path, and lists several problems', () => {
    const zh = createTranslator('zh-CN');
    const missing = {
      source: 'cli' as const,
      path: '/etc/p.json',
      issues: [{ path: '$', message: { key: 'policy.issue.notFound' } }],
    };
    expect(describePolicyIssues(missing, zh)).toBe('策略文件 /etc/p.json 无效：找不到这个文件');
    const two = { source: 'cli' as const, path: 'p.json', issues: issuesOf('{"disk":{"warnFreeMiB":"x","paths":7}}') };
    expect(describePolicyIssues(two, zh)).toMatch(/^策略文件 p\.json 无效：\$\.disk\.\w+：[^；]+；\$\.disk\.\w+：/);
    expect(describePolicyIssues(two, createTranslator('en'))).toMatch(/is invalid: \$\.disk\.\w+: [^;]+; \$\.disk/);
  });

  it.each([
    ['an empty file', '', 1, 1, 'a value was expected'],
    ['a comma where a value goes', '{\n  "disk": {,}\n}', 2, 12, 'a value was expected'],
    ['a trailing comma', '{\n  "disk": {\n    "warnFreeMiB": 1,\n  }\n}', 4, 3, 'setting name in double quotes'],
    ['a missing closing brace', '{\n  "disk": {}\n', 3, 1, 'closing brace'],
    ['a comment', '{\n  // IT\n  "disk": {}\n}', 2, 3, 'no comments'],
    ['single quotes', "{\n  'disk': {}\n}", 2, 3, 'does not belong here'],
    ['an unescaped Windows path', '{"disk":{"paths":["D:\\data"]}}', 1, 19, 'backslash'],
    ['Windows line ends', '{\r\n"disk":\r\n}', 3, 1, 'a value was expected'],
  ])('says where %s breaks the JSON, at its true line and column', (_what, text, line, column, words) => {
    const [issue] = issuesOf(text);
    expect(issue?.message).toMatchObject({ key: 'policy.issue.invalidJson', params: { line, column } });
    const en = describePolicyIssues({ source: 'cli', path: 'p.json', issues: [issue!] }, createTranslator('en'));
    expect(en).toContain(`line ${line}, column ${column}`);
    expect(en).toContain(words);
  });

  it('refuses a key given twice, naming its JSON path, where a plain parser lets the last one win', () => {
    expect(issuesOf('{"network": {"gateway": "off"}, "network": {}}')).toEqual([
      { path: '$.network', message: { key: 'policy.issue.duplicateKey', params: { line: 1, column: 33 } } },
    ]);
    expect(issuesOf('{"disk": {"paths": [], "warnFreeMiB": 1, "paths": ["D:/"]}}')[0]?.path).toBe('$.disk.paths');
    // The same name written with an escape is the same key.
    expect(issuesOf('{"disk": {}, "\\u0064isk": {}}')[0]?.path).toBe('$.disk');
  });

  it('shows what it quotes from the file on one line, control characters and escape sequences written out', () => {
    const text = '{"disk": {"\\u001b[2J\\u009b31m\\n\\u0000": 1}}';
    const issues = issuesOf(text);
    for (const language of ['zh-CN', 'en'] as const) {
      const line = describePolicyIssues(
        { source: 'cli', path: '/tmp/a\nb\u001b[31m.json', issues },
        createTranslator(language),
      );
      // eslint-disable-next-line no-control-regex -- looking for control characters
      expect(line).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
      expect(line).toContain('\\u001b');
      expect(line).toContain('/tmp/a\\nb\\u001b[31m.json');
    }
  });

  it('names the encoding of a UTF-16 or UTF-32 file and of a BOM it does not accept', () => {
    const bytes = (text: string, encoding: 'utf16le') => new Uint8Array(Buffer.from(text, encoding));
    const encodingOf = (b: Uint8Array) => {
      const parsed = parsePolicyBytes(b);
      return parsed.ok ? 'ok' : parsed.issues[0]?.message.params?.encoding;
    };
    expect(encodingOf(bytes('\uFEFF{}', 'utf16le'))).toBe('UTF-16LE');
    expect(encodingOf(bytes('{}', 'utf16le'))).toBe('UTF-16LE');
    expect(encodingOf(new Uint8Array([0xfe, 0xff, 0, 0x7b, 0, 0x7d]))).toBe('UTF-16BE');
    expect(encodingOf(new Uint8Array([0xff, 0xfe, 0, 0, 0x7b, 0, 0, 0]))).toBe('UTF-32LE');
    expect(encodingOf(new Uint8Array([0, 0, 0xfe, 0xff]))).toBe('UTF-32BE');
    expect(encodingOf(new Uint8Array([0xef, 0xbb, 0xbf, 0x7b, 0x7d]))).toBe('ok');
  });
});
