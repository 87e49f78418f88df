// What a bench calls to put a figure into the benchmark record (bench/results.json). Each bench
// runs in its own process, so a figure leaves as one `BENCH {json}` line on stdout, which
// bench/run-all.ts collects; the readable line above it is for whoever watches the run.
import { buildFigure, formatFigureLine, type FigureInput } from './figure';
import {
  benchLinePrefix,
  benchLineSchema,
  type BenchFigure,
  type BenchLine,
  type MissingComponent,
} from './results-schema';

function emit(line: BenchLine): void {
  process.stdout.write(`${benchLinePrefix}${JSON.stringify(benchLineSchema.parse(line))}\n`);
}

/** Records one figure: its median and spread over `samples` (or one `value`), judged against `target`. */
export function recordFigure(input: FigureInput): BenchFigure {
  const figure = buildFigure(input);
  process.stdout.write(`${formatFigureLine(figure)}\n`);
  emit({ kind: 'figure', figure });
  return figure;
}

/** Records that a component the bench needs is absent, with how to install it, instead of skipping silently. */
export function recordMissing(missing: MissingComponent): void {
  process.stdout.write(
    `MISSING ${missing.component}: ${missing.reason}. ${missing.effect}. Install: ${missing.install}\n`,
  );
  emit({ kind: 'missing', missing });
}
