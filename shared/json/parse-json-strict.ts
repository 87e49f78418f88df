// Strict JSON for files people edit by hand (the policy, practice scenarios), with what JSON.parse
// does not give: the true line and column of the first error (V8's messages carry no position for
// many inputs, and echo the raw text), and duplicate keys as an error naming their JSON path
// (JSON.parse keeps the last one silently: a second "network": {} would quietly undo the first).
//
// Positions and duplicates come from jsonc-parser (Microsoft's scanner and parser behind VS Code's
// JSON support, maintained, no dependencies, runs in Node and browsers alike): its visitor reports
// every property with its line and character, and every error with its code and position, and we
// switch its JSON-with-comments leniencies off. We chose it over a hand-written tokenizer because
// the error recovery and position bookkeeping are the hard, well-tested part. The value itself is
// still built by JSON.parse, so what counts as valid JSON is exactly the platform's.
// The ES module build: its default (UMD) entry loads its parts with a require() that bundlers
// (esbuild for dist/ and the benches) cannot follow.
import { printParseErrorCode, visit, type JSONPath } from 'jsonc-parser/lib/esm/main.js';
import { position } from '../text/decode-utf8';

/** Why the text is not JSON, in words a catalog key can be made of (`json.error.<code>`). */
export type JsonErrorCode =
  | 'InvalidSymbol'
  | 'InvalidNumberFormat'
  | 'PropertyNameExpected'
  | 'ValueExpected'
  | 'ColonExpected'
  | 'CommaExpected'
  | 'CloseBraceExpected'
  | 'CloseBracketExpected'
  | 'EndOfFileExpected'
  | 'InvalidCommentToken'
  | 'UnexpectedEndOfComment'
  | 'UnexpectedEndOfString'
  | 'UnexpectedEndOfNumber'
  | 'InvalidUnicode'
  | 'InvalidEscapeCharacter'
  | 'InvalidCharacter';

export const jsonErrorCodes: readonly JsonErrorCode[] = [
  'InvalidSymbol',
  'InvalidNumberFormat',
  'PropertyNameExpected',
  'ValueExpected',
  'ColonExpected',
  'CommaExpected',
  'CloseBraceExpected',
  'CloseBracketExpected',
  'EndOfFileExpected',
  'InvalidCommentToken',
  'UnexpectedEndOfComment',
  'UnexpectedEndOfString',
  'UnexpectedEndOfNumber',
  'InvalidUnicode',
  'InvalidEscapeCharacter',
  'InvalidCharacter',
];

export type StrictJson =
  | { ok: true; value: unknown }
  | { ok: false; problem: 'syntax'; code: JsonErrorCode; line: number; column: number }
  /** `path` is the repeated key's JSON path; line and column where it appears the second time. */
  | { ok: false; problem: 'duplicate-key'; path: (string | number)[]; line: number; column: number };

/** Parses JSON text strictly: no comments, no trailing commas, no duplicate keys; never throws. */
export function parseJsonStrict(text: string): StrictJson {
  let failure: Exclude<StrictJson, { ok: true }> | undefined;
  const keys: Set<string>[] = [];
  visit(
    text,
    {
      onObjectBegin: () => void keys.push(new Set()),
      onObjectEnd: () => void keys.pop(),
      onObjectProperty(property: string, _offset, _length, startLine, startCharacter, pathSupplier: () => JSONPath) {
        const seen = keys.at(-1);
        if (!seen || failure) return;
        if (seen.has(property))
          failure = {
            ok: false,
            problem: 'duplicate-key',
            path: [...pathSupplier(), property],
            line: startLine + 1,
            column: startCharacter + 1,
          };
        seen.add(property);
      },
      onError(error, offset, _length, startLine, startCharacter) {
        if (failure?.problem === 'syntax') return; // the first error is the one to fix; later ones follow from it
        const code = printParseErrorCode(error) as JsonErrorCode;
        const at =
          startLine >= 0 ? { line: startLine + 1, column: startCharacter + 1 } : position(text.slice(0, offset));
        failure = { ok: false, problem: 'syntax', code: jsonErrorCodes.includes(code) ? code : 'InvalidSymbol', ...at };
      },
    },
    { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false },
  );
  if (failure) return failure;
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    // jsonc-parser accepted what the platform does not (it should not happen): say so without
    // echoing V8's message, which quotes the raw text.
    return { ok: false, problem: 'syntax', code: 'InvalidSymbol', line: 1, column: 1 };
  }
}
