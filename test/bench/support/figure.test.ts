import { describe, expect, it } from 'vitest';
import { buildFigure, formatFigureLine, formatNumber, formatTarget } from '../../../bench/support/figure';

describe('buildFigure', () => {
  it('summarises samples as their median and nearest-rank spread', () => {
    const f = buildFigure({ id: 'a.b', title: 'A', unit: 'ms', samples: [5, 1, 4, 2, 3] });
    expect(f).toEqual({
      id: 'a.b',
      title: 'A',
      unit: 'ms',
      median: 3,
      spread: { min: 1, p10: 1, p90: 5, p99: 5, max: 5 },
      runs: 5,
      target: null,
      met: null,
    });
  });

  it('keeps a single value as the median with no spread, standing for the runs it names', () => {
    const f = buildFigure({ id: 'a.count', title: 'A', unit: 'count', value: 0, runs: 10_000 });
    expect(f).toMatchObject({ median: 0, spread: null, runs: 10_000, met: null });
    expect(buildFigure({ id: 'a.one', title: 'A', unit: 'ms', value: 7 }).runs).toBe(1);
  });

  it('judges the median against a target by default', () => {
    const target = { statistic: 'median', comparison: '<=', value: 3 } as const;
    expect(buildFigure({ id: 'a', title: 'A', unit: 'ms', samples: [1, 3, 9], target }).met).toBe(true);
    expect(buildFigure({ id: 'a', title: 'A', unit: 'ms', samples: [1, 4, 9], target }).met).toBe(false);
  });

  it('judges "every run" targets on the max and tails on the p99', () => {
    const samples = [1, 2, 3, 4, 30];
    const max = { statistic: 'max', comparison: '<', value: 30 } as const;
    const p99 = { statistic: 'p99', comparison: '<=', value: 30 } as const;
    expect(buildFigure({ id: 'a', title: 'A', unit: 'ms', samples, target: max }).met).toBe(false);
    expect(buildFigure({ id: 'a', title: 'A', unit: 'ms', samples, target: p99 }).met).toBe(true);
  });

  it('supports every comparison, including exact counts', () => {
    const judge = (comparison: '<' | '<=' | '==' | '>=' | '>', value: number): boolean | null =>
      buildFigure({ id: 'a', title: 'A', unit: 'count', value: 2, target: { statistic: 'median', comparison, value } })
        .met;
    expect([judge('<', 2), judge('<=', 2), judge('==', 2), judge('>=', 2), judge('>', 2)]).toEqual([
      false,
      true,
      true,
      true,
      false,
    ]);
  });

  it('stores six significant digits and judges the value it stores, so the record agrees with itself', () => {
    const target = { statistic: 'median', comparison: '<', value: 50 } as const;
    const f = buildFigure({ id: 'a', title: 'A', unit: 'ms', value: 49.99999999, target, context: { share: 1 / 3 } });
    expect(f.median).toBe(50);
    expect(f.met).toBe(false);
    expect(f.context).toEqual({ share: 0.333333 });
  });

  it('keeps context facts alongside the figure', () => {
    const f = buildFigure({ id: 'a', title: 'A', unit: 'ms', value: 1, context: { realCups: true, cycles: 200 } });
    expect(f.context).toEqual({ realCups: true, cycles: 200 });
  });

  it('rejects what would make a bad record: no samples, a non-finite median, a malformed id, a tail target on one value', () => {
    expect(() => buildFigure({ id: 'a', title: 'A', unit: 'ms', samples: [] })).toThrow(/no samples/);
    expect(() => buildFigure({ id: 'a', title: 'A', unit: 'ms', value: Number.NaN })).toThrow(/median/);
    expect(() => buildFigure({ id: 'Bad Id', title: 'A', unit: 'ms', value: 1 })).toThrow(/id/);
    expect(() =>
      buildFigure({
        id: 'a',
        title: 'A',
        unit: 'ms',
        value: 1,
        target: { statistic: 'max', comparison: '<', value: 2 },
      }),
    ).toThrow(/single-value/);
  });
});

describe('formatting', () => {
  it('keeps three significant digits without rounding away whole units', () => {
    expect([0.006123, 4.4321, 1.0449, 159.4, 19_985.2, 10_000, 0].map(formatNumber)).toEqual([
      '0.00612',
      '4.43',
      '1.04',
      '159',
      '19,985',
      '10,000',
      '0',
    ]);
  });

  it('writes targets with their unit, naming the statistic unless it is the median', () => {
    expect(formatTarget({ statistic: 'median', comparison: '<=', value: 1.2 }, 'ratio')).toBe('≤ 1.2 ×');
    expect(formatTarget({ statistic: 'p99', comparison: '<', value: 50 }, 'ms')).toBe('p99 < 50 ms');
    expect(formatTarget({ statistic: 'median', comparison: '==', value: 0 }, 'count')).toBe('= 0');
  });

  it('prints a readable line with id, value, spread, target and verdict', () => {
    const f = buildFigure({
      id: 'usb.p99',
      title: 'USB p99',
      unit: 'ms',
      samples: [4.1, 4.4, 4.8],
      target: { statistic: 'median', comparison: '<=', value: 50, note: 'polling gives ~500 ms' },
    });
    expect(formatFigureLine(f)).toBe(
      'usb.p99 — USB p99: 4.4 ms (3 runs: min 4.1, p10 4.1, p90 4.8, p99 4.8, max 4.8)  target ≤ 50 ms (polling gives ~500 ms)  [target met]',
    );
    const missed = buildFigure({
      id: 'x',
      title: 'X',
      unit: 'count',
      value: 3,
      target: { statistic: 'median', comparison: '==', value: 0 },
    });
    expect(formatFigureLine(missed)).toContain('[TARGET MISSED]');
  });
});
