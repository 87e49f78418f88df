import { describe, expect, it } from 'vitest';
import { benchFigureSchema, benchLineSchema } from '../../../bench/support/results-schema';

const figure = {
  id: 'network.sweep.ratio',
  title: 'Sweep ÷ slowest',
  unit: 'ratio',
  median: 1.04,
  spread: { min: 1.01, p10: 1.01, p90: 1.1, p99: 1.1, max: 1.1 },
  runs: 7,
  target: { statistic: 'median', comparison: '<=', value: 1.2 },
  met: true,
};

describe('the figure schema', () => {
  it('accepts a complete figure', () => {
    expect(benchFigureSchema.parse(figure)).toEqual(figure);
  });

  it('ties met to target: a verdict needs a target, a target needs a verdict', () => {
    expect(benchFigureSchema.safeParse({ ...figure, met: null }).success).toBe(false);
    expect(benchFigureSchema.safeParse({ ...figure, target: null }).success).toBe(false);
    expect(benchFigureSchema.safeParse({ ...figure, target: null, met: null }).success).toBe(true);
  });

  it('rejects unknown units and fields, so a typo does not pass as a new column', () => {
    expect(benchFigureSchema.safeParse({ ...figure, unit: 'seconds' }).success).toBe(false);
    expect(benchFigureSchema.safeParse({ ...figure, medain: 1 }).success).toBe(false);
  });

  it('rejects non-finite numbers and zero runs', () => {
    expect(benchFigureSchema.safeParse({ ...figure, median: Number.POSITIVE_INFINITY }).success).toBe(false);
    expect(benchFigureSchema.safeParse({ ...figure, runs: 0 }).success).toBe(false);
  });
});

describe('the BENCH line schema', () => {
  it('tells figures from missing components by kind', () => {
    expect(benchLineSchema.parse({ kind: 'figure', figure }).kind).toBe('figure');
    const missing = { component: 'umockdev', reason: 'r', install: 'apt-get install umockdev', effect: 'e' };
    expect(benchLineSchema.parse({ kind: 'missing', missing })).toEqual({ kind: 'missing', missing });
    expect(benchLineSchema.safeParse({ kind: 'missing', missing: { ...missing, install: '' } }).success).toBe(false);
  });
});
