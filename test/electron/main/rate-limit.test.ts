// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { hourMs, nextSlotAt, withinWindow } from '../../../electron/main/rate-limit';

const min = 60_000;

describe('the notification rate limit (a sliding hour)', () => {
  it('has room while fewer than the maximum were shown in the last hour', () => {
    expect(nextSlotAt([], 0, 6)).toBe(0);
    expect(
      nextSlotAt(
        [0, 1, 2, 3, 4].map((m) => m * min),
        5 * min,
        6,
      ),
    ).toBe(5 * min);
  });

  it('when full, has room again the moment the oldest pop-up leaves the hour', () => {
    const shown = [0, 1, 2, 3, 4, 5].map((m) => m * min);
    expect(nextSlotAt(shown, 6 * min, 6)).toBe(hourMs);
    expect(nextSlotAt(shown, hourMs - 1, 6)).toBe(hourMs);
    expect(nextSlotAt(shown, hourMs, 6)).toBe(hourMs); // now it has
  });

  it('slides: a pop-up shown long ago no longer counts', () => {
    expect(withinWindow([0, 30 * min, 59 * min], 61 * min)).toEqual([30 * min, 59 * min]);
    expect(nextSlotAt([0, 30 * min], 61 * min, 2)).toBe(61 * min);
  });

  it('never has room with a maximum of 0 (policy: no pop-ups)', () => {
    expect(nextSlotAt([], 0, 0)).toBe(Infinity);
  });

  it('does not care in which order the times come', () => {
    expect(nextSlotAt([5 * min, 1 * min, 3 * min], 6 * min, 3)).toBe(hourMs + min);
  });
});
