/**
 * Error codes the invoicing software shows, from shared/reference domain notes (source "MB", partly
 * corroborated by a public web page; `weak` = a single weak source). None is verified on real
 * hardware here: the product says so (explain.unverified).
 */
export type CodeFamily = 'aisino' | 'baiwang-ukey' | 'library';

export interface ErrorCodeEntry {
  /** Canonical form: decimal for Aisino (`248`), `0x` + 6 hex digits for 百旺/UKey, signed for the library. */
  code: string;
  family: CodeFamily;
  /** Catalog key part: texts are `code.<key>.meaning` and `code.<key>.action`. */
  key: string;
  /** The guide that walks the user out of it; absent when the only help is support. */
  guide?: string;
  confidence: 'sourced' | 'weak';
}

const aisino = (code: number, key: string, guide?: string, confidence: 'sourced' | 'weak' = 'sourced') => ({
  code: String(code),
  family: 'aisino' as const,
  key,
  ...(guide ? { guide } : {}),
  confidence,
});
const hex = (code: number, key: string, guide?: string) => ({
  code: `0x${code.toString(16).padStart(6, '0')}`,
  family: 'baiwang-ukey' as const,
  key,
  ...(guide ? { guide } : {}),
  confidence: 'sourced' as const,
});
const library = (code: number, key: string, guide?: string) => ({
  code: String(code),
  family: 'library' as const,
  key,
  ...(guide ? { guide } : {}),
  confidence: 'sourced' as const,
});

/** Every code the lookup knows, one entry per code (the 0x0963c0–c7 family is one entry per digit). */
export const errorCodes: readonly ErrorCodeEntry[] = [
  aisino(83, 'aisino.query-time-late'),
  aisino(84, 'aisino.query-time-early'),
  aisino(87, 'aisino.roll-time'),
  aisino(161, 'aisino.max-count', 'tax-device.offline-limit'),
  aisino(220, 'aisino.no-data'),
  aisino(223, 'aisino.no-stock-info', 'filing.not-reported'),
  aisino(246, 'aisino.upload-deadline', 'tax-device.offline-limit'),
  aisino(248, 'aisino.not-filed', 'filing.not-reported'),
  aisino(768, 'aisino.offline-time', 'tax-device.offline-limit', 'weak'),
  aisino(1521, 'aisino.abnormal'),
  hex(0x092400, 'ukey.bad-command'),
  hex(0x09240d, 'ukey.update-key'),
  hex(0x092700, 'ukey.write-protected'),
  hex(0x09c000, 'ukey.not-open', 'tax-device.missing'),
  ...[0, 1, 2, 3, 4, 5, 6, 7].map((n) => hex(0x0963c0 + n, 'ukey.cert-password', 'tax-device.cert-password')),
  hex(0x09d106, 'ukey.no-data'),
  hex(0x09d200, 'ukey.no-data'),
  hex(0x096a80, 'ukey.clock-chip', 'tax-device.clock'),
  hex(0x09e105, 'ukey.clock', 'tax-device.clock'),
  hex(0x09d109, 'ukey.deadline', 'filing.not-reported'),
  hex(0x09d11c, 'ukey.already-filed'),
  hex(0x09d11f, 'ukey.offline-duration', 'tax-device.offline-limit'),
  hex(0x09d120, 'ukey.offline-count', 'tax-device.offline-limit'),
  hex(0x09d121, 'ukey.offline-amount', 'tax-device.offline-limit'),
  hex(0x09d122, 'ukey.offline-upload', 'tax-device.offline-limit'),
  library(-10312, 'library.pc-clock', 'clock.offset'),
  library(-10317, 'library.cert-password', 'tax-device.cert-password'),
  library(-10327, 'library.usb-unauthorised', 'tax-device.missing'),
  library(-10328, 'library.usb-handle', 'tax-device.missing'),
];

export const errorCodesByCode: ReadonlyMap<string, ErrorCodeEntry> = new Map(errorCodes.map((e) => [e.code, e]));

/** Text keys an entry uses; a test checks they exist in both languages. */
export function codeTextKeys(entry: ErrorCodeEntry): { meaning: string; action: string } {
  return { meaning: `code.${entry.key}.meaning`, action: `code.${entry.key}.action` };
}
