import { z } from 'zod';
import { areaModules } from '../areas/registry';

const guideRef = z.object({ guide: z.string().min(1).max(200), step: z.number().int().min(1).max(50) }).strict();

/**
 * What a scenario scripts: for each area, what its sources return (`sources.usb`, `sources.disk`,
 * ...). An area left out reads as a healthy workstation's. Built from the area registry, so a new
 * area's script is part of every scenario at once.
 */
export const sourcesScriptSchema = z
  .object(Object.fromEntries(areaModules.map((m) => [m.id, m.script.optional()])) as Record<string, z.ZodOptional>)
  .strict();
export type SourcesScript = Partial<Record<string, unknown>>;

/** When a timeline entry fires: some time after the start, or when the user marks a step done. */
export const triggerSchema = z.union([
  z.object({ afterMs: z.number().int().min(0).max(3_600_000) }).strict(),
  z.object({ stepDone: guideRef }).strict(),
]);

/** A scripted user action, for drills run headless (tests) and for demos. */
export const drillActionSchema = z.union([
  z.object({ waitForFault: z.string().min(1).max(200) }).strict(),
  z.object({ waitForGuideCompleted: z.string().min(1).max(200) }).strict(),
  z.object({ markDone: guideRef }).strict(),
  z.object({ recheck: guideRef, expectWorked: z.boolean().optional() }).strict(),
]);
export type DrillAction = z.infer<typeof drillActionSchema>;

/**
 * A scenario file (version 2): the practice policy, what every area's sources return at the start,
 * what changes over time or in answer to the user, the drill that walks it through, and the end
 * state expected. The real probes, rules and catalogs run on it, exactly as on a workstation.
 */
export const scenarioSchema = z
  .object({
    $schema: z.string().max(1024).optional(),
    version: z.literal(2),
    id: z.string().regex(/^[a-z0-9-]{1,64}$/),
    /** Catalog key of the title shown in the practice banner, `scenario.<id>.title`. */
    titleKey: z.string().min(1).max(200),
    /** The simulated wall clock at the start (the filing calendar runs on it). Default: real time. */
    clock: z.iso.datetime({ offset: true }).optional(),
    /** Whether this month's 抄报/清卡 are already recorded when the scenario starts. */
    filing: z.enum(['done', 'not-done']).default('done'),
    /**
     * The policy in force during the drill (over the built-in defaults, validated like a policy
     * file), so a drill plays the same on every PC whatever its real policy says.
     */
    policy: z.record(z.string(), z.unknown()).default({}),
    sources: sourcesScriptSchema.prefault({}),
    timeline: z.array(z.object({ when: triggerSchema, set: sourcesScriptSchema }).strict()).max(100),
    drill: z.array(drillActionSchema).max(100).default([]),
    expect: z
      .object({
        faults: z.array(z.string()).max(50),
        completedGuides: z.array(z.string()).max(50).default([]),
      })
      .strict(),
  })
  .strict();
export type Scenario = z.infer<typeof scenarioSchema>;
