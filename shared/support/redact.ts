/**
 * Redaction for everything that leaves the computer in a support bundle or ticket (docs/support.md).
 * Built-in rules remove passwords, tokens, URL credentials, certificate PIN entries, private keys
 * and anything under a key named like a secret; IT adds its own patterns in the policy. Pure.
 */

export const redactedMark = '[REDACTED]';

/** Words that make a key name a secret's, wherever they appear in it (camelCase, snake_case, kebab-case). */
const secretWords = new Set([
  'password',
  'passwd',
  'passphrase',
  'pwd',
  'pass',
  'secret',
  'token',
  'tokens',
  'apikey',
  'pin',
  'pincode',
  'credential',
  'credentials',
  'cookie',
  'cookies',
  'auth',
  'authorization',
  'bearer',
  'privatekey',
  'sessionid',
  'signature',
]);
/** Two words that are a secret together though neither is alone ("api key", "private key"). */
const secretPairs = new Set(['api key', 'private key', 'access key', 'secret key', 'client secret', 'session id']);
const secretChinese = /密码|口令|私钥|密钥|令牌|验证码/;

/** Whether a key names a secret: `password`, `webhookToken`, `api_key`, `PIN`, `证书口令`; not `key` or `ping`. */
export function isSecretKey(name: string): boolean {
  if (secretChinese.test(name)) return true;
  const words = name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  if (words.some((w) => secretWords.has(w))) return true;
  return words.some((w, i) => i > 0 && secretPairs.has(`${words[i - 1]} ${w}`));
}

const keyWords =
  'password|passwd|passphrase|pwd|pass|secret|token|access[_-]?token|refresh[_-]?token|api[_-]?key|apikey|access[_-]?key|private[_-]?key|client[_-]?secret|authorization|auth|credentials?|cookie|session[_-]?id|pin(?:[_-]?code)?|pin码|证书口令|口令|密码|私钥|密钥|令牌|验证码';

/** The built-in rules, in the order they apply; each replaces what it matches. */
const builtInRules: readonly { name: string; pattern: RegExp; replace: string }[] = [
  {
    name: 'private-key',
    pattern: /-----BEGIN [A-Z0-9 ]*PRIVATE KEY-----[\s\S]*?(?:-----END [A-Z0-9 ]*PRIVATE KEY-----|$)/g,
    replace: redactedMark,
  },
  // scheme://user:password@host → scheme://[REDACTED]@host (the user name can be a token too)
  { name: 'url-credentials', pattern: /\b([a-z][a-z0-9+.-]*:\/\/)[^\s/?#@"'<>]+@/gi, replace: `$1${redactedMark}@` },
  {
    name: 'url-query-secret',
    pattern:
      /([?&;](?:access_token|refresh_token|id_token|token|api_?key|key|sig|signature|password|passwd|pwd|secret|auth|code)=)[^&#\s"'<>]+/gi,
    replace: `$1${redactedMark}`,
  },
  {
    name: 'bearer',
    pattern: /\b(bearer|basic|token|digest)(\s+)[A-Za-z0-9._~+/=-]{8,}/gi,
    replace: `$1$2${redactedMark}`,
  },
  // "password": "x"  /  'token': 'x' (JSON and JS-like text in logs)
  {
    name: 'quoted-secret',
    pattern: new RegExp(
      `((["'])[^"'\\n]*?(?:${keyWords})[^"'\\n]*?\\2\\s*[:=]\\s*)(["'])(?:\\\\.|(?!\\3)[^\\\\\\n])*\\3`,
      'gi',
    ),
    replace: `$1$3${redactedMark}$3`,
  },
  // password=x, PIN: 123456, 证书口令：12345678, Authorization: xyz
  {
    name: 'key-value-secret',
    pattern: new RegExp(
      `(^|[^A-Za-z0-9])((?:${keyWords})\\s*(?:[:=：]|is\\b|为|是)\\s*)(?!\\[REDACTED\\])[^\\s,;&"'<>}\\]]+`,
      'gi',
    ),
    replace: `$1$2${redactedMark}`,
  },
  // A PIN typed without a separator: "PIN 12345678"
  { name: 'pin-digits', pattern: /\b(PIN(?:码|\s*code)?\s+)\d{4,}/gi, replace: `$1${redactedMark}` },
  { name: 'jwt', pattern: /\beyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}/g, replace: redactedMark },
];

export interface Redactor {
  /** Removes secrets from free text (a log line, a note, a reading's summary). */
  text(value: string): string;
  /** A deep copy with every value under a secret-named key replaced and every string redacted. */
  json<T>(value: T): T;
  /** How many replacements each rule made so far (rule names; never the values). */
  counts(): Record<string, number>;
}

/**
 * A redactor with the built-in rules plus IT's patterns (case-insensitive regular expressions,
 * already validated by the policy schema; one that fails to compile here is skipped).
 */
export function createRedactor(extraPatterns: readonly string[] = []): Redactor {
  const counts: Record<string, number> = {};
  const extra = extraPatterns.flatMap((p, i) => {
    try {
      return [{ name: `policy-${i + 1}`, pattern: new RegExp(p, 'giu'), replace: redactedMark }];
    } catch {
      return [];
    }
  });
  const rules = [...builtInRules, ...extra];
  const count = (name: string): void => void (counts[name] = (counts[name] ?? 0) + 1);

  function text(value: string): string {
    let out = value;
    for (const rule of rules) {
      rule.pattern.lastIndex = 0;
      if (!rule.pattern.test(out)) continue;
      rule.pattern.lastIndex = 0;
      out = out.replace(rule.pattern, (...args: unknown[]) => {
        count(rule.name);
        return expand(rule.replace, args);
      });
    }
    return out;
  }

  function json(value: unknown, key?: string): unknown {
    if (key !== undefined && isSecretKey(key) && value !== null && value !== undefined && value !== false) {
      count('secret-key');
      return redactedMark;
    }
    if (typeof value === 'string') return text(value);
    if (Array.isArray(value)) return value.map((v) => json(v));
    if (value && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [text(k), json(v, k)]));
    }
    return value;
  }

  return { text, json: <T>(value: T) => json(value) as T, counts: () => ({ ...counts }) };
}

/** `$1`-style replacement from a replace callback's arguments (groups first, then offset and input). */
function expand(template: string, args: unknown[]): string {
  return template.replace(/\$(\d)/g, (_m, n: string) => {
    const group = args[Number(n)];
    return typeof group === 'string' ? group : '';
  });
}
