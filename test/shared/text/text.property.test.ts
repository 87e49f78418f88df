import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeUtf8, position } from '../../../shared/text/decode-utf8';
import { oneLine } from '../../../shared/text/one-line';

const controls = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/; // eslint-disable-line no-control-regex
const escaped = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/; // eslint-disable-line no-control-regex

describe('strict UTF-8 decoding', () => {
  it('gives back any well-formed text exactly', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 100 }), (text) => {
        // Text starting with a NUL reads as UTF-16/32 (that is how those look); JSON never does.
        fc.pre(!text.startsWith('\u0000') && text.charCodeAt(1) !== 0);
        const decoded = decodeUtf8(new Uint8Array(Buffer.from(text, 'utf8')));
        expect(decoded).toEqual({ ok: true, text, bom: false });
      }),
      { numRuns: 1000 },
    );
  }, 60_000);

  it('agrees with the platform on which byte strings are UTF-8', () => {
    const fatal = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        const decoded = decodeUtf8(bytes);
        if (decoded.ok === false && decoded.problem === 'other-encoding') return;
        let platform: string | undefined;
        try {
          platform = fatal.decode(bytes);
        } catch {
          platform = undefined;
        }
        if (platform === undefined) expect(decoded.ok).toBe(false);
        else expect(decoded).toMatchObject({ ok: true, text: platform.replace(/^\uFEFF/, '') });
      }),
      { numRuns: 1500 },
    );
  }, 60_000);

  it('counts lines and columns the way editors do', () => {
    expect(position('')).toEqual({ line: 1, column: 1 });
    expect(position('ab\r\ncd')).toEqual({ line: 2, column: 3 });
    expect(position('a\rb\n')).toEqual({ line: 3, column: 1 });
  });
});

describe('one line for a terminal', () => {
  it('never lets a control character, separator or reordering mark through, and changes nothing else', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 80 }), (text) => {
        const line = oneLine(text);
        expect(line).not.toMatch(controls);
        expect(line).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
        if (!escaped.test(text)) expect(line).toBe(text);
      }),
      { numRuns: 1000 },
    );
  }, 60_000);
});
