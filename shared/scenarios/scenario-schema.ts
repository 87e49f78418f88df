import { z } from 'zod';
import { checkStatusSchema, messageSchema } from '../model/reading';
import { severitySchema } from '../model/fault';

const checkId = z.string().regex(/^[a-z][a-z0-9-]*(\.[a-z0-9-]+)+$/, 'a check id like usb.tax-device');
const guideRef = z.object({ guide: z.string().min(1).max(200), step: z.number().int().min(1).max(50) }).strict();

/**
 * What a scripted check reports: a probe outcome. `faults` is only for checks whose area has no
 * pure rule the scenario runner knows; for the rest the real rules decide from `details`.
 */
export const scriptedOutcomeSchema = z
  .object({
    status: checkStatusSchema,
    summary: messageSchema,
    details: z.record(z.string(), z.unknown()).default({}),
    faults: z
      .array(z.object({ id: z.string().min(1).max(200), severity: severitySchema.optional() }).strict())
      .max(20)
      .default([]),
  })
  .strict();
export type ScriptedOutcome = z.infer<typeof scriptedOutcomeSchema>;

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
 * A scenario file (version 1): which checks it scripts, what they read at first, what changes
 * over time or in answer to the user, the drill that walks it through, and the end state expected.
 */
export const scenarioSchema = z
  .object({
    $schema: z.string().max(1024).optional(),
    version: z.literal(1),
    id: z.string().regex(/^[a-z0-9-]{1,64}$/),
    /** Catalog key of the title shown in the practice banner, `scenario.<id>.title`. */
    titleKey: z.string().min(1).max(200),
    /** The simulated wall clock at the start (the filing calendar runs on it). Default: real time. */
    clock: z.iso.datetime({ offset: true }).optional(),
    /** Whether this month's 抄报/清卡 are already recorded when the scenario starts. */
    filing: z.enum(['done', 'not-done']).default('done'),
    /** The checks the scenario scripts, with what they read at the start. */
    checks: z.record(checkId, z.object({ area: z.string().min(1).max(50), initial: scriptedOutcomeSchema }).strict()),
    timeline: z
      .array(z.object({ when: triggerSchema, set: z.record(checkId, scriptedOutcomeSchema) }).strict())
      .max(100),
    drill: z.array(drillActionSchema).max(100).default([]),
    expect: z
      .object({
        faults: z.array(z.string()).max(50),
        completedGuides: z.array(z.string()).max(50).default([]),
      })
      .strict(),
  })
  .strict()
  .superRefine((s, ctx) => {
    s.timeline.forEach((entry, i) => {
      for (const id of Object.keys(entry.set)) {
        if (!Object.hasOwn(s.checks, id)) {
          ctx.addIssue({
            code: 'custom',
            message: `"${id}" is not one of the scenario's checks`,
            path: ['timeline', i, 'set', id],
          });
        }
      }
    });
  });
export type Scenario = z.infer<typeof scenarioSchema>;
