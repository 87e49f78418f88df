// Merging what each bench process printed into the one record, bench/results.json. Pure: run-all
// does the spawning and the writing, these functions only read text and build the record.
import {
  benchLinePrefix,
  benchLineSchema,
  resultsSchema,
  type BenchFigure,
  type BenchRun,
  type Machine,
  type MissingComponent,
  type Results,
} from './results-schema';

export interface BenchOutput {
  figures: BenchFigure[];
  missing: MissingComponent[];
  /** `BENCH` lines that were not valid JSON or not a valid figure: a bench bug, reported as a failure. */
  invalid: string[];
}

/** Picks the `BENCH {json}` lines out of one bench's stdout; every other line is for people. */
export function parseBenchOutput(stdout: string): BenchOutput {
  const out: BenchOutput = { figures: [], missing: [], invalid: [] };
  for (const line of stdout.split('\n')) {
    if (!line.startsWith(benchLinePrefix)) continue;
    const json = line.slice(benchLinePrefix.length);
    let parsed: ReturnType<typeof benchLineSchema.safeParse>;
    try {
      parsed = benchLineSchema.safeParse(JSON.parse(json));
    } catch (error) {
      out.invalid.push(`${json.slice(0, 200)}: ${String(error)}`);
      continue;
    }
    if (!parsed.success) out.invalid.push(`${json.slice(0, 200)}: ${parsed.error.message}`);
    else if (parsed.data.kind === 'figure') out.figures.push(parsed.data.figure);
    else out.missing.push(parsed.data.missing);
  }
  return out;
}

/** One bench's run: its name (file without .bench.ts), how it ended, what it printed. */
export interface BenchRunOutput extends BenchRun {
  output: BenchOutput;
}

/** The bench's name in the record: `usb-latency` for bench/usb-latency.bench.ts. */
export const benchNameOf = (file: string): string => file.replace(/^.*\//, '').replace(/\.bench\.ts$/, '');

/** Builds and validates the record; throws (naming the field) if any part is malformed or an id repeats. */
export function assembleResults(input: {
  machine: Machine;
  only: readonly string[];
  seconds: number;
  runs: readonly BenchRunOutput[];
}): Results {
  const results = {
    schemaVersion: 1,
    machine: input.machine,
    only: [...input.only],
    seconds: input.seconds,
    benches: input.runs.map(({ name, ok, exitCode, seconds }) => ({ name, ok, exitCode, seconds })),
    figures: input.runs.flatMap((r) => r.output.figures.map((f) => ({ bench: r.name, ...f }))),
    missing: input.runs.flatMap((r) => r.output.missing.map((m) => ({ bench: r.name, ...m }))),
  };
  const checked = resultsSchema.safeParse(results);
  if (!checked.success) throw new Error(`bench/results.json would be invalid: ${checked.error.message}`);
  return checked.data;
}
