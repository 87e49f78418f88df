import type { z } from 'zod';

/** A short, single-line account of why a payload failed its schema, for typed error replies. */
export function formatValidationError(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((i) => `${i.path.length ? i.path.join('.') : '(root)'}: ${i.message}`)
    .join('; ');
}
