import fc from 'fast-check';

/**
 * Any JSON value, with objects that shadow `toString` / `valueOf` far more often than
 * `fc.jsonValue()` alone would make them: `String()` or `Number()` on {"toString":0} throws, and a
 * parser of PowerShell output must survive whatever a driver or product writes into a field.
 */
export function untrustedJson(options: { maxDepth?: number } = {}): fc.Arbitrary<unknown> {
  const shadowing = fc.dictionary(
    fc.constantFrom('toString', 'valueOf', 'constructor', 'length'),
    fc.jsonValue({ maxDepth: 1 }),
    { minKeys: 1 },
  );
  return fc.oneof({ weight: 4, arbitrary: fc.jsonValue(options) }, { weight: 1, arbitrary: shadowing });
}
