import { describe, expect, it } from 'vitest';
import { LatencyHistory } from '../../../../../electron/core/areas/network/latency-history';

describe('the latency ring buffer behind the charts', () => {
  it('keeps the newest samples, oldest first, and never grows past its size', () => {
    const h = new LatencyHistory(3);
    expect(h.toArray()).toEqual([]);
    for (let i = 1; i <= 5; i++) h.push({ at: i, ms: i === 4 ? null : i * 10 });
    expect(h.toArray()).toEqual([
      { at: 3, ms: 30 },
      { at: 4, ms: null },
      { at: 5, ms: 50 },
    ]);
  });
});
