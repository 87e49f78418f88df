// The shape of bench/results.json and of the `BENCH {json}` lines each bench prints, as zod
// schemas: benches validate a figure when they record it, run-all validates the whole record
// before writing it, so a malformed figure fails where it was made. Every field is documented in
// docs/benchmarks.md; change both together, and bump `schemaVersion` when a reader would break.
import { z } from 'zod';

/** Units a figure may have; the table renders them (ms, µs, ms of CPU per minute, ×, …). */
export const units = ['ms', 'us', 'cpu-ms/min', 'ratio', 'count', 'bytes'] as const;
export type Unit = (typeof units)[number];

/** Dotted lower-case words, e.g. `usb.uevent-to-snapshot.debounced.p99`: stable across runs. */
const figureId = z.string().regex(/^[a-z0-9]+(?:[.-][a-z0-9]+)*$/, 'lower-case words joined by . or -');

export const spreadSchema = z.strictObject({
  min: z.number(),
  p10: z.number(),
  p90: z.number(),
  p99: z.number(),
  max: z.number(),
});

export const targetSchema = z.strictObject({
  /** The figure's statistic held to the target: its median, or p99 / max for "every run" targets. */
  statistic: z.enum(['median', 'p99', 'max']),
  comparison: z.enum(['<', '<=', '==', '>=', '>']),
  value: z.number(),
  /** Where the target comes from or what it means, in a few words. */
  note: z.string().optional(),
});

export type Spread = z.infer<typeof spreadSchema>;
export type Target = z.infer<typeof targetSchema>;

/** Free-form facts about how a figure was measured (cycles, the slowest call, real CUPS or not). */
const contextSchema = z.record(z.string(), z.union([z.string(), z.number(), z.boolean()]));

const figureFields = {
  id: figureId,
  title: z.string().min(1),
  unit: z.enum(units),
  median: z.number(),
  /** Null when the figure is a single value (one long window, a count, a derived number). */
  spread: spreadSchema.nullable(),
  runs: z.number().int().positive(),
  target: targetSchema.nullable(),
  /** Null exactly when there is no target. */
  met: z.boolean().nullable(),
  context: contextSchema.optional(),
};

/** The rules a figure's fields obey together, shared by the bench's and the record's shape. */
function figureRules<T extends z.ZodType<{ target: Target | null; met: boolean | null; spread: Spread | null }>>(
  schema: T,
): T {
  return schema
    .refine((f) => (f.target === null) === (f.met === null), { message: 'met is null exactly when target is null' })
    .refine((f) => f.spread !== null || f.target === null || f.target.statistic === 'median', {
      message: 'a single-value figure can only hold its median to a target',
    });
}

const benchName = z.string().regex(/^[a-z0-9-]+$/, 'the bench file name without .bench.ts');

/** One figure as a bench prints it on its `BENCH` line. */
export const benchFigureSchema = figureRules(z.strictObject(figureFields));
/** One figure in bench/results.json: run-all adds which bench it came from. */
export const figureSchema = figureRules(z.strictObject({ bench: benchName, ...figureFields }));

/** A component a bench needs but could not find: reported with how to install it, never skipped silently. */
const missingFields = {
  component: z.string().min(1),
  reason: z.string().min(1),
  install: z.string().min(1),
  /** What the bench did without it: which figures are absent or measured on a stand-in. */
  effect: z.string().min(1),
};
export const missingComponentSchema = z.strictObject(missingFields);

/** Prefix of the machine-readable lines in a bench's stdout. */
export const benchLinePrefix = 'BENCH ';

/** What a `BENCH {json}` line holds. */
export const benchLineSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('figure'), figure: benchFigureSchema }),
  z.strictObject({ kind: z.literal('missing'), missing: missingComponentSchema }),
]);

export const machineSchema = z.strictObject({
  cpuModel: z.string(),
  /** Logical CPUs available to the benches. */
  cores: z.number().int().positive(),
  memoryMiB: z.number().int().positive(),
  os: z.string(),
  kernel: z.string(),
  node: z.string(),
  /** When the run started (UTC, ISO 8601). */
  date: z.iso.datetime(),
  gitCommit: z
    .string()
    .regex(/^[0-9a-f]{40}$/)
    .nullable(),
  /** Whether the worktree had uncommitted changes (bench/results.json itself not counted). */
  gitDirty: z.boolean().nullable(),
  quick: z.boolean(),
  /** 1, 5 and 15 minute load averages at the start: other work on a shared machine shows here. */
  loadAverage: z.tuple([z.number(), z.number(), z.number()]),
});

export const benchRunSchema = z.strictObject({
  name: benchName,
  ok: z.boolean(),
  exitCode: z.number().int().nullable(),
  seconds: z.number().nonnegative(),
});

export const resultsSchema = z
  .strictObject({
    schemaVersion: z.literal(1),
    machine: machineSchema,
    /** The bench-name filters passed on the command line; empty when every bench ran. */
    only: z.array(z.string()),
    /** Wall time of the whole run, build excluded. */
    seconds: z.number().nonnegative(),
    benches: z.array(benchRunSchema),
    figures: z.array(figureSchema),
    missing: z.array(z.strictObject({ bench: benchName, ...missingFields })),
  })
  .superRefine((r, ctx) => {
    const seen = new Set<string>();
    for (const f of r.figures) {
      if (seen.has(f.id)) ctx.addIssue({ code: 'custom', message: `figure id ${f.id} appears twice` });
      seen.add(f.id);
    }
  });

export type BenchFigure = z.infer<typeof benchFigureSchema>;
export type MissingComponent = z.infer<typeof missingComponentSchema>;
export type BenchLine = z.infer<typeof benchLineSchema>;
export type Figure = z.infer<typeof figureSchema>;
export type Machine = z.infer<typeof machineSchema>;
export type BenchRun = z.infer<typeof benchRunSchema>;
export type Results = z.infer<typeof resultsSchema>;
