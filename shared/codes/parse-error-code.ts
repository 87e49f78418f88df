import { maxExplainInput, type ExplainResult } from './explain-result';
import { errorCodesByCode, type ErrorCodeEntry } from './error-codes';

// Tokens that look like codes. Hex needs either a 0x prefix or six hex digits; the lookarounds keep
// a code from being cut out of a longer word or number.
const tokenPattern = /(?<![0-9a-z])(?:0x([0-9a-f]{1,8})|([0-9a-f]{6})|-\s?(\d{4,6})|(\d{1,5}))(?![0-9a-z])/gi;

/**
 * Finds the error code in whatever the user pasted or typed: `0x0963c2`, `0963C2`, `248`, `-10317`,
 * `09D109`, full-width digits and letters, surrounding text like `错误代码：248`. The first token that
 * is a known code wins. Never throws: anything else is a clear "not recognised".
 */
export function parseErrorCode(input: unknown): ExplainResult {
  const text = normalise(typeof input === 'string' ? input : '');
  if (text.trim() === '') return { recognised: false, reason: 'empty', candidates: [] };
  const candidates: string[] = [];
  for (const match of text.matchAll(tokenPattern)) {
    const code = canonical(match);
    if (code === undefined) continue;
    // Users often drop the minus sign of the library codes (-10317 typed as 10317).
    const entry = errorCodesByCode.get(code) ?? (/^\d{5}$/.test(code) ? errorCodesByCode.get(`-${code}`) : undefined);
    if (entry) return recognised(entry);
    if (candidates.length < 5 && !candidates.includes(code)) candidates.push(code.slice(0, 20));
  }
  return { recognised: false, reason: candidates.length ? 'unknown-code' : 'no-code', candidates };
}

function recognised(entry: ErrorCodeEntry): ExplainResult {
  const tries = entry.key === 'ukey.cert-password' ? parseInt(entry.code.slice(-1), 16) : undefined;
  return {
    recognised: true,
    code: entry.code,
    family: entry.family,
    key: entry.key,
    ...(entry.guide ? { guide: entry.guide } : {}),
    confidence: entry.confidence,
    ...(tries !== undefined ? { triesLeft: tries } : {}),
  };
}

/** Full-width to ASCII (NFKC), the other minus signs to `-`, control characters to spaces. */
function normalise(raw: string): string {
  return (
    raw
      .slice(0, maxExplainInput)
      .normalize('NFKC')
      .replace(/[\u2212\u2010-\u2015\uFE63\uFF0D]/g, '-')
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ')
  );
}

function canonical(match: RegExpMatchArray): string | undefined {
  const [, prefixedHex, bareHex, negative, decimal] = match;
  if (prefixedHex !== undefined) return hexCode(prefixedHex);
  if (bareHex !== undefined) {
    // Six digits are hex when they hold a letter or start with 0 (百旺/UKey codes start 09...);
    // otherwise they are a plain number, which no Aisino code is.
    return /[a-f]/i.test(bareHex) || bareHex.startsWith('0') ? hexCode(bareHex) : String(Number(bareHex));
  }
  if (negative !== undefined) return String(-Number(negative));
  if (decimal !== undefined) return String(Number(decimal));
  return undefined;
}

function hexCode(digits: string): string {
  return `0x${parseInt(digits, 16).toString(16).padStart(6, '0')}`;
}
