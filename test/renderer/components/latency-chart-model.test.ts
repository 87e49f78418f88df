import { describe, expect, it } from 'vitest';
import { latencyChart, samplesOf } from '../../../renderer/src/components/latency-chart-model';

describe('the latency chart', () => {
  it('draws answers as lines broken by failures, failures as marks, on a scale from 0', () => {
    const chart = latencyChart(
      [
        { at: 1, ms: 40 },
        { at: 2, ms: 50 },
        { at: 3, ms: null },
        { at: 4, ms: 45 },
        { at: 5, ms: 30 },
      ],
      100,
      40,
      0,
    );
    expect(chart).toMatchObject({ count: 5, failed: 1, minMs: 30, maxMs: 50, lastMs: 30, scaleMs: 60, from: 1, to: 5 });
    expect(chart.lines).toEqual(['0,13.3 25,6.7', '75,10 100,20']);
    expect(chart.failures).toEqual([50]);
    expect(chart.dots).toHaveLength(4);
  });

  it('copes with no samples, one sample, and all failed', () => {
    expect(latencyChart([])).toMatchObject({ count: 0, lines: [], failures: [] });
    expect(latencyChart([{ at: 1, ms: 5 }], 100, 40)).toMatchObject({ lines: [], dots: [{ x: 50 }], scaleMs: 10 });
    expect(latencyChart([{ at: 1, ms: null }])).toMatchObject({ failed: 1 });
    expect(latencyChart([{ at: 1, ms: null }])).not.toHaveProperty('minMs');
  });

  it('reads the core’s history defensively', () => {
    expect(samplesOf(undefined)).toEqual([]);
    expect(samplesOf([{ at: 1, ms: 3 }, { at: 'x' }, null, { at: 2, ms: 'slow' }])).toEqual([
      { at: 1, ms: 3 },
      { at: 2, ms: null },
    ]);
  });
});
