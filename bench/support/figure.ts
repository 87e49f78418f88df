// Turning a bench's measurement into a figure of the record, and a figure into the line a person
// reads: pure functions, so the summary and the verdict are tested (test/bench/support/).
import { median, spreadOf } from './stats';
import { benchFigureSchema, type BenchFigure, type Target, type Unit } from './results-schema';

interface FigureBase {
  /** Stable dotted id, e.g. `network.sweep.ratio`: later runs and issues refer to it. */
  id: string;
  /** What was measured, for the table: "Network: sweep of 50 loopback endpoints ÷ the slowest one". */
  title: string;
  unit: Unit;
  target?: Target;
  context?: Record<string, string | number | boolean>;
}

/** Repeated measurements: the figure is their median, with their spread. */
export interface SampledFigureInput extends FigureBase {
  samples: readonly number[];
}

/** One value (a long window, a count, a derived number); `runs` says how many measurements it stands for. */
export interface ValueFigureInput extends FigureBase {
  value: number;
  runs?: number;
}

export type FigureInput = SampledFigureInput | ValueFigureInput;

const compare: Record<Target['comparison'], (a: number, b: number) => boolean> = {
  '<': (a, b) => a < b,
  '<=': (a, b) => a <= b,
  '==': (a, b) => a === b,
  '>=': (a, b) => a >= b,
  '>': (a, b) => a > b,
};

/** Six significant digits: finer than any timing here can be trusted, and a record people can read. */
const significant = (value: number): number => Number(value.toPrecision(6));

function mapValues<T extends object, V>(record: T, f: (value: T[keyof T]) => V): { [K in keyof T]: V } {
  return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, f(v as T[keyof T])])) as { [K in keyof T]: V };
}

/** Summarises the measurement, judges it against its target and validates the result. */
export function buildFigure(input: FigureInput): BenchFigure {
  const sampled = 'samples' in input;
  if (sampled && input.samples.length === 0) throw new Error(`figure ${input.id}: no samples`);
  const spread = sampled ? mapValues(spreadOf(input.samples), significant) : null;
  const mid = significant(sampled ? median(input.samples) : input.value);
  const target = input.target ?? null;
  // Judged on the numbers stored, so the record never contradicts itself. A single value has no
  // p99 or max; the schema below rejects such a target with its reason.
  const judged = target === null ? undefined : target.statistic === 'median' ? mid : spread?.[target.statistic];
  const figure = {
    id: input.id,
    title: input.title,
    unit: input.unit,
    median: mid,
    spread,
    runs: sampled ? input.samples.length : (input.runs ?? 1),
    target,
    met: target !== null && judged !== undefined ? compare[target.comparison](judged, target.value) : null,
    ...(input.context
      ? { context: mapValues(input.context, (v) => (typeof v === 'number' ? significant(v) : v)) }
      : {}),
  };
  const checked = benchFigureSchema.safeParse(figure);
  if (!checked.success) throw new Error(`figure ${input.id}: ${checked.error.message}`);
  return checked.data;
}

/** Up to three significant digits, but never rounding away whole units: 0.00612, 4.43, 159, 19,985. */
export function formatNumber(value: number): string {
  if (Number.isInteger(value) || Math.abs(value) >= 100) return Math.round(value).toLocaleString('en-US');
  return String(Number(value.toPrecision(3)));
}

const unitSuffix: Record<Unit, string> = {
  ms: ' ms',
  us: ' µs',
  'cpu-ms/min': ' ms CPU/min',
  ratio: ' ×',
  count: '',
  bytes: ' bytes',
};

export const withUnit = (value: number, unit: Unit): string => `${formatNumber(value)}${unitSuffix[unit]}`;

const comparisonSign: Record<Target['comparison'], string> = { '<': '<', '<=': '≤', '==': '=', '>=': '≥', '>': '>' };

/** "p99 ≤ 50 ms", "= 0": the statistic is named unless it is the median. */
export function formatTarget(target: Target, unit: Unit): string {
  const statistic = target.statistic === 'median' ? '' : `${target.statistic} `;
  return `${statistic}${comparisonSign[target.comparison]} ${withUnit(target.value, unit)}`;
}

/** The line a bench prints for people, e.g. "usb.x: 4.4 ms (3 runs: min 4.1, p90 4.8, max 4.8)  target ≤ 50 ms  [target met]". */
export function formatFigureLine(f: BenchFigure): string {
  const spread =
    f.spread && f.runs > 1
      ? ` (${formatNumber(f.runs)} runs: min ${formatNumber(f.spread.min)}, p10 ${formatNumber(f.spread.p10)}, p90 ${formatNumber(f.spread.p90)}, p99 ${formatNumber(f.spread.p99)}, max ${formatNumber(f.spread.max)})`
      : f.runs > 1
        ? ` (from ${formatNumber(f.runs)} runs)`
        : '';
  const context = f.context
    ? `  [${Object.entries(f.context)
        .map(([k, v]) => `${k}=${typeof v === 'number' ? formatNumber(v) : String(v)}`)
        .join(' ')}]`
    : '';
  const target = f.target
    ? `  target ${formatTarget(f.target, f.unit)}${f.target.note ? ` (${f.target.note})` : ''}  ${f.met ? '[target met]' : '[TARGET MISSED]'}`
    : '';
  return `${f.id} — ${f.title}: ${withUnit(f.median, f.unit)}${spread}${target}${context}`;
}
