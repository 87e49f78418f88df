// Reading the JSON that PowerShell's ConvertTo-Json prints. Every value is untrusted: Windows
// PowerShell 5.1 and 7 differ (a one-element array comes out as the bare object), drivers and
// products fill fields as they like, and `String()` or `Number()` on a parsed object such as
// {"toString":0} throws. So values are taken only when they already have the wanted type.

export type Json = Record<string, unknown>;

/** The top-level object of the output (a BOM tolerated); undefined for anything else. */
export function parseObject(text: string): Json | undefined {
  try {
    const v: unknown = JSON.parse(text.replace(/^\uFEFF/, '').trim());
    return v && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : undefined;
  } catch {
    return undefined;
  }
}

/** A list of objects, whether PowerShell printed an array or (for one element) the object itself. */
export const asArray = (value: unknown): Json[] =>
  (Array.isArray(value) ? value : value && typeof value === 'object' ? [value] : []).filter(
    (v): v is Json => !!v && typeof v === 'object',
  );

/** A string, or a number written as text; '' for anything else. */
export const scalarText = (value: unknown): string =>
  typeof value === 'string' ? value : typeof value === 'number' && Number.isFinite(value) ? String(value) : '';

/** A finite number, or digits written as a string; NaN for anything else. */
export const scalarNumber = (value: unknown): number =>
  typeof value === 'number' ? value : typeof value === 'string' && /^\s*-?\d+\s*$/.test(value) ? Number(value) : NaN;
