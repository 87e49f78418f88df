import { describe, expect, it } from 'vitest';
import { createEventRing } from '../../../../../electron/core/areas/usb/event-ring';

describe('the raw USB event ring', () => {
  it('keeps the newest events, oldest first, once full', () => {
    const ring = createEventRing<number>(3);
    [1, 2, 3, 4, 5].forEach((n) => ring.push(n));
    expect(ring.items()).toEqual([3, 4, 5]);
  });
});
