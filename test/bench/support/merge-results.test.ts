import { describe, expect, it } from 'vitest';
import { buildFigure } from '../../../bench/support/figure';
import {
  assembleResults,
  benchNameOf,
  parseBenchOutput,
  type BenchRunOutput,
} from '../../../bench/support/merge-results';
import { resultsSchema } from '../../../bench/support/results-schema';
import { sampleMachine as machine } from './sample-machine';

const figureLine = (id: string, value = 1): string =>
  `BENCH ${JSON.stringify({ kind: 'figure', figure: buildFigure({ id, title: id, unit: 'ms', value }) })}`;

const run = (name: string, stdout: string, ok = true): BenchRunOutput => ({
  name,
  ok,
  exitCode: ok ? 0 : 1,
  seconds: 1.5,
  output: parseBenchOutput(stdout),
});

describe('parseBenchOutput', () => {
  it('takes figures and missing components from BENCH lines and leaves the readable lines alone', () => {
    const missing = { component: 'cupsd', reason: 'not installed', install: 'apt-get install cups', effect: 'x' };
    const out = parseBenchOutput(
      [
        'a.one — a.one: 1 ms',
        figureLine('a.one'),
        'MISSING cupsd: …',
        `BENCH ${JSON.stringify({ kind: 'missing', missing })}`,
        'BENCHMARKS are fun', // no space after the prefix: a readable line
        '',
      ].join('\n'),
    );
    expect(out.figures.map((f) => f.id)).toEqual(['a.one']);
    expect(out.missing).toEqual([missing]);
    expect(out.invalid).toEqual([]);
  });

  it('reports malformed BENCH lines instead of dropping them', () => {
    const out = parseBenchOutput(
      ['BENCH {not json', `BENCH ${JSON.stringify({ kind: 'figure', figure: { id: 'a' } })}`].join('\n'),
    );
    expect(out.figures).toEqual([]);
    expect(out.invalid).toHaveLength(2);
  });
});

describe('assembleResults', () => {
  it('merges every bench into one valid record, tagging each figure with its bench', () => {
    const results = assembleResults({
      machine,
      only: [],
      seconds: 3,
      runs: [
        run('guides', figureLine('guides.a')),
        run('usb-latency', `${figureLine('usb.a')}\n${figureLine('usb.b')}`),
      ],
    });
    expect(resultsSchema.safeParse(results).success).toBe(true);
    expect(results.figures.map((f) => [f.bench, f.id])).toEqual([
      ['guides', 'guides.a'],
      ['usb-latency', 'usb.a'],
      ['usb-latency', 'usb.b'],
    ]);
    expect(results.benches).toEqual([
      { name: 'guides', ok: true, exitCode: 0, seconds: 1.5 },
      { name: 'usb-latency', ok: true, exitCode: 0, seconds: 1.5 },
    ]);
    expect(results.schemaVersion).toBe(1);
  });

  it('keeps a failed bench in the record with the figures it did print', () => {
    const results = assembleResults({
      machine,
      only: ['net'],
      seconds: 1,
      runs: [run('network', figureLine('n.a'), false)],
    });
    expect(results.benches[0]).toMatchObject({ name: 'network', ok: false, exitCode: 1 });
    expect(results.figures).toHaveLength(1);
    expect(results.only).toEqual(['net']);
  });

  it('refuses a record where two figures share an id', () => {
    expect(() =>
      assembleResults({
        machine,
        only: [],
        seconds: 1,
        runs: [run('a', figureLine('x.y')), run('b', figureLine('x.y'))],
      }),
    ).toThrow(/x\.y appears twice/);
  });

  it('refuses a malformed machine record', () => {
    expect(() =>
      assembleResults({ machine: { ...machine, gitCommit: 'HEAD' }, only: [], seconds: 1, runs: [] }),
    ).toThrow(/gitCommit/);
  });
});

describe('benchNameOf', () => {
  it('is the file name without .bench.ts', () => {
    expect(benchNameOf('usb-latency.bench.ts')).toBe('usb-latency');
    expect(benchNameOf('bench/system.bench.ts')).toBe('system');
  });
});
