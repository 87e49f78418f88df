// Generated input for the policy parser: whatever bytes or text a file holds, the parser answers
// (ok or issues, never a throw), every issue names a JSON path and renders as one line in both
// languages, positions are real, and a key given twice is always caught.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePolicyBytes, parsePolicyText } from '../../../shared/policy/parse-policy';
import { defaultPolicy } from '../../../shared/policy/policy-schema';
import { describePolicyIssues } from '../../../shared/policy/describe-policy-issues';
import { createTranslator } from '../../../shared/i18n/translator';
import type { PolicyIssue } from '../../../shared/policy/policy-status';

const translators = [createTranslator('zh-CN'), createTranslator('en')];
const controls = /[\u0000-\u001f\u007f-\u009f]/; // eslint-disable-line no-control-regex

function wellFormed(issues: PolicyIssue[], text?: string): void {
  expect(issues.length).toBeGreaterThan(0);
  for (const issue of issues) {
    expect(issue.path.startsWith('$')).toBe(true);
    const { line, column } = issue.message.params ?? {};
    if (typeof line === 'number' && text !== undefined) {
      expect(line).toBeGreaterThanOrEqual(1);
      expect(line).toBeLessThanOrEqual(text.split(/\r\n|\r|\n/).length);
      expect(column).toBeGreaterThanOrEqual(1);
    }
  }
  for (const t of translators) {
    const line = describePolicyIssues({ source: 'cli', path: '/etc/p.json', issues }, t);
    expect(line).not.toMatch(controls);
    // Every catalog parameter is filled (a `{{` may only come from the file itself, quoted as it is).
    if (!text?.includes('{{') && !text?.includes('}}')) expect(line).not.toMatch(/\{\{|\}\}/);
  }
}

/** A valid policy's JSON with one object key written a second time somewhere. */
const policyJson = JSON.stringify(defaultPolicy());

describe('the policy parser on generated input', () => {
  it('answers any text with a policy or well-formed issues', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        const parsed = parsePolicyText(text);
        if (!parsed.ok) wellFormed(parsed.issues, text);
      }),
      { numRuns: 1500 },
    );
  }, 60_000);

  it('answers any JSON value with a policy or issues naming their path', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), (value) => {
        const text = JSON.stringify(value);
        const parsed = parsePolicyText(text);
        if (!parsed.ok) wellFormed(parsed.issues, text);
      }),
      { numRuns: 1500 },
    );
  }, 60_000);

  it('answers any bytes (other encodings, GBK, binary) without throwing', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const parsed = parsePolicyBytes(bytes);
        if (!parsed.ok) wellFormed(parsed.issues);
      }),
      { numRuns: 1500 },
    );
  }, 60_000);

  it('quotes a key that looks like a catalog parameter as it is, never filling it in', () => {
    const parsed = parsePolicyText('{"disk": {"{{path}}": 1}}');
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    const line = describePolicyIssues(
      { source: 'cli', path: '/etc/p.json', issues: parsed.issues },
      createTranslator('en'),
    );
    expect(line).toContain('{{path}}');
  });

  it('accepts the defaults however they are laid out, and with a BOM', () => {
    fc.assert(
      fc.property(fc.constantFrom(0, 1, 2, 4, '\t'), fc.boolean(), (indent, bom) => {
        const text = `${bom ? '\uFEFF' : ''}${JSON.stringify(defaultPolicy(), null, indent)}`;
        expect(parsePolicyText(text)).toEqual({ ok: true, policy: defaultPolicy() });
      }),
      { numRuns: 50 },
    );
  }, 60_000);

  it('always catches a key given twice, naming its path', () => {
    // Every "key": in the defaults' JSON, each duplicated right after its own value.
    const keys = [...policyJson.matchAll(/"([A-Za-z$]+)":/g)].map((m) => m.index ?? 0);
    fc.assert(
      fc.property(fc.constantFrom(...keys), (at) => {
        const key = /^"([A-Za-z$]+)":/.exec(policyJson.slice(at))![1]!;
        // Insert `"key": 0,` just after the `{` or `,` before this key: the same key twice in one object.
        const text = `${policyJson.slice(0, at)}"${key}":0,${policyJson.slice(at)}`;
        const parsed = parsePolicyText(text);
        expect(parsed.ok).toBe(false);
        if (parsed.ok) return;
        expect(parsed.issues[0]?.message.key).toBe('policy.issue.duplicateKey');
        expect(parsed.issues[0]?.path.endsWith(key)).toBe(true);
      }),
      { numRuns: 300 },
    );
  }, 60_000);
});
