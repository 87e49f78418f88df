import { z } from 'zod';
import { checkStatusSchema, messageSchema } from '../model/reading';
import { faultSchema } from '../model/fault';

const isoTime = z.string().max(40);
/** `YYYY-MM`, the month a filing record belongs to (in the policy's calendar time zone). */
export const monthSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/);

/** What happened to one step of one incident. */
export const stepStateSchema = z
  .object({
    doneAt: isoTime.optional(),
    /** The latest re-check of this step: when, and whether the reading said it worked. */
    lastCheck: z.object({ at: isoTime, worked: z.boolean() }).strict().optional(),
  })
  .strict();
export type StepState = z.infer<typeof stepStateSchema>;

/**
 * One incident: a fault that opened (or a guide the user opened from an error code) and the user's
 * way through its guide. At most one open incident per guide; it survives core restarts.
 */
export const incidentFlowSchema = z
  .object({
    id: z.string().min(1).max(300),
    guideId: z.string().min(1).max(200),
    origin: z.enum(['fault', 'manual']),
    /** The checks whose readings raised the fault (re-run by steps whose check says `$fault`). */
    checkIds: z.array(z.string().max(200)).max(100),
    openedAt: isoTime,
    state: z.enum(['open', 'completed']),
    completedAt: isoTime.optional(),
    /** fault-cleared: the fault went away; all-steps-done: a manual incident whose steps were all marked. */
    completion: z.enum(['fault-cleared', 'all-steps-done']).optional(),
    steps: z.record(z.string().regex(/^\d{1,3}$/), stepStateSchema),
  })
  .strict();
export type IncidentFlow = z.infer<typeof incidentFlowSchema>;

export const filingRecordSchema = z.object({ reported: isoTime.optional(), cleared: isoTime.optional() }).strict();
export type FilingRecord = z.infer<typeof filingRecordSchema>;

/** The persisted flow-state file (version 1): incidents and the user's monthly filing records. */
export const flowStateSchema = z
  .object({
    version: z.literal(1),
    incidents: z.array(incidentFlowSchema).max(1000),
    filing: z.record(monthSchema, filingRecordSchema),
    /** What this PC has shown about itself: when a tax device was first seen (invoicing mode `auto`). */
    workstation: z.object({ taxDeviceSeenAt: isoTime.optional() }).strict().default({}),
  })
  .strict();
export type FlowState = z.infer<typeof flowStateSchema>;

export function emptyFlowState(): FlowState {
  return { version: 1, incidents: [], filing: {}, workstation: {} };
}

/** What `getGuide` and `markStepDone` answer: the incident (if any), its open fault, and store notices. */
export const guideViewSchema = z
  .object({
    guideId: z.string(),
    incident: incidentFlowSchema.optional(),
    fault: faultSchema.optional(),
    /** A problem with the saved flow state the user should know about (for example a corrupt file). */
    notice: messageSchema.optional(),
  })
  .strict();
export type GuideView = z.infer<typeof guideViewSchema>;

export const recheckResultSchema = z
  .object({
    /** False when the step has no check, or none of its checks exists on this workstation. */
    ran: z.boolean(),
    worked: z.boolean(),
    readings: z.array(z.object({ id: z.string(), status: checkStatusSchema, summary: messageSchema }).strict()),
    view: guideViewSchema,
  })
  .strict();
export type RecheckResult = z.infer<typeof recheckResultSchema>;
