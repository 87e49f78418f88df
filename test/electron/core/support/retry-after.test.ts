import { describe, expect, it } from 'vitest';
import { parseRetryAfter } from '../../../../electron/core/support/webhook-post';

describe('Retry-After', () => {
  const now = Date.parse('2026-11-27T08:00:00Z');
  it('reads seconds and HTTP dates, caps long waits, ignores junk', () => {
    expect(parseRetryAfter('120', now)).toBe(120_000);
    expect(parseRetryAfter('Fri, 27 Nov 2026 08:05:00 GMT', now)).toBe(300_000);
    expect(parseRetryAfter('999999', now)).toBe(3_600_000);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter(null, now)).toBeUndefined();
    expect(parseRetryAfter('Fri, 27 Nov 2026 07:00:00 GMT', now)).toBeUndefined();
  });
});
