// Decodes a file's bytes as UTF-8, strictly, in plain ECMAScript (shared/ has neither Buffer nor
// TextDecoder). A file that is not UTF-8 is refused with what it most likely is instead, so IT is
// told "saved as UTF-16" rather than "unexpected token" at a made-up position.

/** Encodings recognised by their byte-order mark or their pattern of zero bytes. */
export type OtherEncoding = 'UTF-16LE' | 'UTF-16BE' | 'UTF-32LE' | 'UTF-32BE';

export type DecodedText =
  | { ok: true; text: string; bom: boolean }
  /** The bytes are another Unicode encoding (by BOM, or by NUL bytes between ASCII characters). */
  | { ok: false; problem: 'other-encoding'; encoding: OtherEncoding }
  /** Not valid UTF-8 from this byte on (GBK / "ANSI" files on Chinese Windows, binary files). */
  | { ok: false; problem: 'not-utf8'; offset: number; line: number; column: number };

/** Which UTF-16/32 the bytes are, by BOM or by the zero bytes ASCII text has in those encodings. */
export function otherUnicodeEncoding(bytes: Uint8Array): OtherEncoding | undefined {
  const [a, b, c, d] = [bytes[0], bytes[1], bytes[2], bytes[3]];
  if (a === 0xff && b === 0xfe && c === 0 && d === 0) return 'UTF-32LE';
  if (a === 0 && b === 0 && c === 0xfe && d === 0xff) return 'UTF-32BE';
  if (a === 0xff && b === 0xfe) return 'UTF-16LE';
  if (a === 0xfe && b === 0xff) return 'UTF-16BE';
  // Without a BOM: JSON starts with an ASCII character, which these encodings pad with zeros.
  if (bytes.length >= 4 && a !== 0 && b === 0 && c === 0 && d === 0) return 'UTF-32LE';
  if (bytes.length >= 4 && a === 0 && b === 0 && c === 0 && d !== 0) return 'UTF-32BE';
  if (bytes.length >= 2 && a !== 0 && b === 0) return 'UTF-16LE';
  if (bytes.length >= 2 && a === 0 && b !== 0) return 'UTF-16BE';
  return undefined;
}

/** Strict UTF-8 (no overlong forms, no surrogates, nothing above U+10FFFF); a UTF-8 BOM is dropped. */
export function decodeUtf8(bytes: Uint8Array): DecodedText {
  const other = otherUnicodeEncoding(bytes);
  if (other) return { ok: false, problem: 'other-encoding', encoding: other };
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const parts: string[] = [];
  let units: number[] = [];
  let i = bom ? 3 : 0;
  while (i < bytes.length) {
    const b0 = bytes[i] as number;
    let cp = -1;
    let size = 1;
    if (b0 < 0x80) cp = b0;
    else if (b0 >= 0xc2 && b0 <= 0xdf) {
      size = 2;
      const b1 = cont(bytes, i + 1);
      if (b1 >= 0) cp = ((b0 & 0x1f) << 6) | b1;
    } else if (b0 >= 0xe0 && b0 <= 0xef) {
      size = 3;
      const b1 = cont(bytes, i + 1);
      const b2 = cont(bytes, i + 2);
      const v = ((b0 & 0x0f) << 12) | (b1 << 6) | b2;
      if (b1 >= 0 && b2 >= 0 && v >= 0x800 && (v < 0xd800 || v > 0xdfff)) cp = v;
    } else if (b0 >= 0xf0 && b0 <= 0xf4) {
      size = 4;
      const b1 = cont(bytes, i + 1);
      const b2 = cont(bytes, i + 2);
      const b3 = cont(bytes, i + 3);
      const v = ((b0 & 0x07) << 18) | (b1 << 12) | (b2 << 6) | b3;
      if (b1 >= 0 && b2 >= 0 && b3 >= 0 && v >= 0x10000 && v <= 0x10ffff) cp = v;
    }
    if (cp < 0) return { ok: false, problem: 'not-utf8', offset: i, ...position(parts.join('') + flush(units)) };
    if (cp > 0xffff) units.push(0xd800 + ((cp - 0x10000) >> 10), 0xdc00 + ((cp - 0x10000) & 0x3ff));
    else units.push(cp);
    if (units.length >= 8192) {
      parts.push(flush(units));
      units = [];
    }
    i += size;
  }
  parts.push(flush(units));
  return { ok: true, text: parts.join(''), bom };
}

function cont(bytes: Uint8Array, at: number): number {
  const b = bytes[at];
  return b !== undefined && (b & 0xc0) === 0x80 ? b & 0x3f : -1;
}

function flush(units: number[]): string {
  return String.fromCharCode(...units);
}

/** Line and column (1-based) just after `before`, counting \n, \r\n and \r as line ends. */
export function position(before: string): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = 0; i < before.length; i++) {
    const c = before.charCodeAt(i);
    if (c === 10 || (c === 13 && before.charCodeAt(i + 1) !== 10)) {
      line++;
      start = i + 1;
    }
  }
  return { line, column: before.length - start + 1 };
}
