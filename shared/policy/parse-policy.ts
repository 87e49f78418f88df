import type { z } from 'zod';
import { policySchema, type Policy } from './policy-schema';
import type { PolicyIssue } from './policy-status';
import { errorMessage } from '../error-message';

export type ParsedPolicy = { ok: true; policy: Policy } | { ok: false; issues: PolicyIssue[] };

/** Parses and validates policy file text; every problem comes back with its JSON path, nothing throws. */
export function parsePolicyText(text: string): ParsedPolicy {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, '')); // Notepad on Windows saves UTF-8 with a BOM
  } catch (error) {
    return { ok: false, issues: [jsonSyntaxIssue(text, error)] };
  }
  return validatePolicy(json);
}

export function validatePolicy(json: unknown): ParsedPolicy {
  const result = policySchema.safeParse(json, { reportInput: true });
  if (result.success) return { ok: true, policy: result.data };
  return { ok: false, issues: result.error.issues.map(toPolicyIssue) };
}

/** `$.network.endpoints[2].port` style, as IT sees it in a JSON editor. */
export function jsonPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((acc, key) => {
    if (typeof key === 'number') return `${acc}[${key}]`;
    const name = String(key);
    return /^[A-Za-z_$][\w$]*$/.test(name) ? `${acc}.${name}` : `${acc}[${JSON.stringify(name)}]`;
  }, '$');
}

function toPolicyIssue(issue: z.core.$ZodIssue): PolicyIssue {
  const path = jsonPath(issue.path);
  switch (issue.code) {
    case 'invalid_type':
      return {
        path,
        message: { key: 'policy.issue.invalidType', params: { expected: issue.expected, received: receivedOf(issue) } },
      };
    case 'too_big':
      return {
        path,
        message: {
          key: issue.origin === 'number' || issue.origin === 'int' ? 'policy.issue.tooBig' : 'policy.issue.tooLong',
          params: { maximum: String(issue.maximum) },
        },
      };
    case 'too_small':
      return {
        path,
        message: {
          key: issue.origin === 'number' || issue.origin === 'int' ? 'policy.issue.tooSmall' : 'policy.issue.tooShort',
          params: { minimum: String(issue.minimum) },
        },
      };
    case 'unrecognized_keys':
      return {
        path: jsonPath([...issue.path, issue.keys[0] ?? '']),
        message: { key: 'policy.issue.unknownKeys', params: { keys: issue.keys.join(', ') } },
      };
    case 'invalid_value':
      return {
        path,
        message: {
          key: 'policy.issue.invalidValue',
          params: { values: issue.values.map((v) => JSON.stringify(v)).join(', ') },
        },
      };
    case 'invalid_format':
      return issue.message.startsWith('policy.rule.')
        ? { path, message: { key: issue.message } }
        : { path, message: { key: 'policy.issue.invalidFormat', params: { format: issue.format } } };
    case 'invalid_union':
      return { path, message: { key: 'policy.issue.noVariant' } };
    case 'custom':
      // Cross-field rules name a catalog key (`policy.rule.*`) as their message, so they translate.
      return issue.message.startsWith('policy.rule.')
        ? { path, message: { key: issue.message, ...(issue.params ? { params: stringParams(issue.params) } : {}) } }
        : { path, message: { key: 'policy.issue.other', params: { reason: issue.message } } };
    default:
      return { path, message: { key: 'policy.issue.other', params: { reason: issue.message } } };
  }
}

function receivedOf(issue: z.core.$ZodIssueInvalidType): string {
  const input: unknown = issue.input;
  if (input === undefined) return 'nothing';
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'array';
  return typeof input;
}

function jsonSyntaxIssue(text: string, error: unknown): PolicyIssue {
  const reason = errorMessage(error);
  const position = Number(/position (\d+)/.exec(reason)?.[1] ?? NaN);
  const { line, column } = Number.isFinite(position) ? lineAndColumn(text, position) : { line: 1, column: 1 };
  return { path: '$', message: { key: 'policy.issue.invalidJson', params: { line, column, reason } } };
}

function lineAndColumn(text: string, position: number): { line: number; column: number } {
  const before = text.slice(0, position).split('\n');
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}

function stringParams(params: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(Object.entries(params).map(([k, v]) => [k, String(v)]));
}
