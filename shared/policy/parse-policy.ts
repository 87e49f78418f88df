import type { z } from 'zod';
import { policySchema, type Policy } from './policy-schema';
import type { PolicyIssue } from './policy-status';
import { parseJsonStrict, type StrictJson } from '../json/parse-json-strict';
import { decodeUtf8 } from '../text/decode-utf8';
import { oneLineCut } from '../text/one-line';

export type ParsedPolicy = { ok: true; policy: Policy } | { ok: false; issues: PolicyIssue[] };

/**
 * Parses and validates a policy file's bytes: UTF-8 (with or without the BOM Windows Notepad
 * writes); UTF-16/32 and text that is not UTF-8 (GBK) are refused with the encoding to save it in.
 */
export function parsePolicyBytes(bytes: Uint8Array): ParsedPolicy {
  const decoded = decodeUtf8(bytes);
  if (decoded.ok) return parsePolicyText(decoded.text);
  if (decoded.problem === 'other-encoding')
    return {
      ok: false,
      issues: [{ path: '$', message: { key: 'policy.issue.encoding', params: { encoding: decoded.encoding } } }],
    };
  return {
    ok: false,
    issues: [
      { path: '$', message: { key: 'policy.issue.notUtf8', params: { line: decoded.line, column: decoded.column } } },
    ],
  };
}

/** Parses and validates policy file text; every problem comes back with its JSON path, nothing throws. */
export function parsePolicyText(text: string): ParsedPolicy {
  const json = parseJsonStrict(text.replace(/^\uFEFF/, '')); // Notepad on Windows saves UTF-8 with a BOM
  if (!json.ok) return { ok: false, issues: [jsonIssue(json)] };
  return validatePolicy(json.value);
}

/**
 * The one issue for text that is not JSON, or JSON with a key given twice; true line and column.
 * `reasonKey` names the catalog text of the JSON error (describePolicyIssues renders it).
 */
export function jsonIssue(failure: Exclude<StrictJson, { ok: true }>): PolicyIssue {
  const at = { line: failure.line, column: failure.column };
  if (failure.problem === 'duplicate-key')
    return { path: jsonPath(failure.path), message: { key: 'policy.issue.duplicateKey', params: at } };
  return {
    path: '$',
    message: { key: 'policy.issue.invalidJson', params: { ...at, reasonKey: `policy.json.${failure.code}` } },
  };
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
    // JSON.stringify escapes C0 controls; oneLine also the C1 ones (CSI) and reordering marks.
    return /^[A-Za-z_$][\w$]*$/.test(name) ? `${acc}.${name}` : `${acc}[${oneLineCut(JSON.stringify(name), 200)}]`;
  }, '$');
}

function toPolicyIssue(issue: z.core.$ZodIssue): PolicyIssue {
  const path = jsonPath(issue.path);
  switch (issue.code) {
    case 'invalid_type':
      return {
        path,
        message: {
          key: 'policy.issue.invalidType',
          params: { expectedKey: typeKey(issue.expected), receivedKey: typeKey(receivedOf(issue)) },
        },
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
        message: { key: 'policy.issue.unknownKeys', params: { keys: fromFile(issue.keys.join(', ')) } },
      };
    case 'invalid_value':
      return {
        path,
        message: {
          key: 'policy.issue.invalidValue',
          params: { values: fromFile(issue.values.map((v) => JSON.stringify(v)).join(', ')) },
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
        : { path, message: { key: 'policy.issue.other', params: { reason: fromFile(issue.message) } } };
    default:
      return { path, message: { key: 'policy.issue.other', params: { reason: fromFile(issue.message) } } };
  }
}

/** The words for a JSON type, as IT meets it in the file (zod's record and tuple are objects and lists there). */
function typeKey(type: string): string {
  const named: Record<string, string> = { record: 'object', tuple: 'array', undefined: 'nothing' };
  const json = named[type] ?? type;
  return ['string', 'number', 'int', 'boolean', 'object', 'array', 'null', 'nothing'].includes(json)
    ? `policy.type.${json}`
    : 'policy.type.other';
}

function receivedOf(issue: z.core.$ZodIssueInvalidType): string {
  const input: unknown = issue.input;
  if (input === undefined) return 'nothing';
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'array';
  return typeof input;
}

function stringParams(params: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(Object.entries(params).map(([k, v]) => [k, fromFile(String(v))]));
}

/** Text that may quote the file (key names, values): one line, controls escaped, bounded. */
function fromFile(text: string): string {
  return oneLineCut(text, 300);
}
