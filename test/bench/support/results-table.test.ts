import { describe, expect, it } from 'vitest';
import { buildFigure } from '../../../bench/support/figure';
import { assembleResults, parseBenchOutput } from '../../../bench/support/merge-results';
import type { FigureInput } from '../../../bench/support/figure';
import {
  describeRun,
  renderResultsSection,
  replaceMarkedSection,
  tableEnd,
  tableStart,
} from '../../../bench/support/results-table';
import { sampleMachine } from './sample-machine';

function resultsWith(figures: FigureInput[], extra: { stdout?: string; ok?: boolean } = {}) {
  const stdout = [
    ...figures.map((f) => `BENCH ${JSON.stringify({ kind: 'figure', figure: buildFigure(f) })}`),
    extra.stdout ?? '',
  ].join('\n');
  return assembleResults({
    machine: sampleMachine,
    only: [],
    seconds: 10,
    runs: [
      {
        name: 'network',
        ok: extra.ok ?? true,
        exitCode: extra.ok === false ? 1 : 0,
        seconds: 10,
        output: parseBenchOutput(stdout),
      },
    ],
  });
}

describe('renderResultsSection', () => {
  it('renders one row per figure: title, median with unit, spread, runs, target, verdict', () => {
    const section = renderResultsSection(
      resultsWith([
        {
          id: 'network.sweep.ratio',
          title: 'Sweep ÷ slowest | single',
          unit: 'ratio',
          samples: [1.02, 1.04, 1.1],
          target: { statistic: 'median', comparison: '<=', value: 1.2 },
        },
        {
          id: 'network.false-faults',
          title: 'False faults',
          unit: 'count',
          value: 1,
          runs: 10_000,
          target: { statistic: 'median', comparison: '==', value: 0 },
        },
        { id: 'core.idle-cpu', title: 'Core idle CPU', unit: 'cpu-ms/min', value: 159 },
        { id: 'network.detection', title: 'Detection', unit: 'ms', samples: [10_004.4] },
      ]),
    );
    const rows = section.split('\n').filter((l) => l.startsWith('| '));
    expect(rows).toEqual([
      '| figure | median | p10–p90 | runs | target | met |',
      '| --- | --- | --- | --- | --- | --- |',
      '| Sweep ÷ slowest \\| single | 1.04 × | 1.02–1.1 | 3 | ≤ 1.2 × | yes |',
      '| False faults | 1 | — | 10,000 | = 0 | **no** |',
      '| Core idle CPU | 159 ms CPU/min | — | 1 | — | — |',
      '| Detection | 10,004 ms | — | 1 | — | — |', // one sample: no spread worth a column
    ]);
  });

  it('says which machine, commit and mode the figures come from', () => {
    const line = describeRun(sampleMachine, []);
    expect(line).toMatch(/^Full run, 2026-12-02 06:14 UTC at commit `bdda337`: Test CPU @ 2.0GHz, 2 cores, 7.75 GiB/);
    expect(line).toContain('Debian GNU/Linux 12 (bookworm), kernel 6.1.0-test, Node v20.20.2');
    const quick = describeRun({ ...sampleMachine, quick: true, gitDirty: true }, ['usb']);
    expect(quick).toMatch(/^Quick run .* of the benches matching `usb`, .* with local changes/);
  });

  it('lists components that were missing and benches that failed under the table', () => {
    const missing = {
      component: 'cupsd',
      reason: 'not installed',
      install: 'apt-get install cups',
      effect: 'No real queue',
    };
    const section = renderResultsSection(
      resultsWith([{ id: 'a', title: 'A', unit: 'ms', value: 1 }], {
        stdout: `BENCH ${JSON.stringify({ kind: 'missing', missing })}`,
        ok: false,
      }),
    );
    expect(section).toContain(
      '- Not measured as intended (network): cupsd, not installed. No real queue. Install: apt-get install cups.',
    );
    expect(section).toContain('- The network bench failed (exit 1)');
  });
});

describe('replaceMarkedSection', () => {
  const doc = `# Title\n\nbefore\n\n${tableStart}\n\nold table\n\n${tableEnd}\n\nafter\n`;

  it('replaces only what lies between the markers, keeping them for the next run', () => {
    const once = replaceMarkedSection(doc, 'new table');
    expect(once).toBe(`# Title\n\nbefore\n\n${tableStart}\n\nnew table\n\n${tableEnd}\n\nafter\n`);
    expect(replaceMarkedSection(once, 'newer')).toBe(once.replace('new table', 'newer'));
  });

  it('refuses a document without both markers', () => {
    expect(() => replaceMarkedSection('# no markers', 'x')).toThrow(/bench-table:start/);
    expect(() => replaceMarkedSection(`${tableEnd}\n${tableStart}`, 'x')).toThrow();
  });
});
