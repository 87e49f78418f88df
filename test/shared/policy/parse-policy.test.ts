import { describe, expect, it } from 'vitest';
import { parsePolicyText, jsonPath } from '../../../shared/policy/parse-policy';
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
      message: { key: 'policy.issue.invalidType', params: { expected: 'number', received: 'string' } },
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
    expect(zh).toBe('策略文件 /etc/p.json 无效: $.disk.warnFreeMiB: 应为 number，实际是 string');
    expect(en).toContain('$.disk.warnFreeMiB: expected number, got string');
    expect(en).not.toContain('\n');
  });
});
