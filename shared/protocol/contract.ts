import { z } from 'zod';
import { snapshotSchema } from '../model/snapshot';

/** Shape of one request: what the caller sends and what it gets back. */
export interface RequestSpec<P extends z.ZodType = z.ZodType, R extends z.ZodType = z.ZodType> {
  params: P;
  result: R;
}

const noParams = z.object({}).strict();

export const appInfoSchema = z
  .object({
    version: z.string(),
    platform: z.string(),
    coreStartedAt: z.string(),
    coreBuild: z.enum(['production', 'simulation']),
  })
  .strict();
export type AppInfo = z.infer<typeof appInfoSchema>;

/**
 * Every request the UI (or CLI) can make of the core. Names double as the preload's method names,
 * so they are camelCase verbs. An area adds its requests here.
 */
export const requests = {
  getSnapshot: { params: noParams, result: snapshotSchema },
  /** Re-runs the named checks (all when `ids` is absent) now and answers with the new snapshot. */
  runChecks: {
    params: z.object({ ids: z.array(z.string().min(1).max(200)).max(500).optional() }).strict(),
    result: snapshotSchema,
  },
  getAppInfo: { params: noParams, result: appInfoSchema },
} satisfies Record<string, RequestSpec>;

export const coreStatusSchema = z
  .object({
    state: z.enum(['starting', 'running', 'restarting', 'stopped']),
    restarts: z.number().int().nonnegative(),
    /** When restarting: milliseconds until the next attempt. */
    retryInMs: z.number().nonnegative().optional(),
    lastExit: z.string().optional(),
  })
  .strict();
export type CoreStatus = z.infer<typeof coreStatusSchema>;

/** Everything pushed to the UI without being asked. */
export const events = {
  snapshot: snapshotSchema,
  /** The core process's health as its supervisor sees it (main process or dev harness). */
  coreStatus: coreStatusSchema,
} satisfies Record<string, z.ZodType>;

export type Requests = typeof requests;
export type RequestName = keyof Requests;
export type ParamsOf<M extends RequestName> = z.input<Requests[M]['params']>;
export type ResultOf<M extends RequestName> = z.infer<Requests[M]['result']>;
export type Events = typeof events;
export type EventName = keyof Events;
export type PayloadOf<E extends EventName> = z.infer<Events[E]>;

export const requestNames = Object.keys(requests) as RequestName[];
export const eventNames = Object.keys(events) as EventName[];

export function isRequestName(name: string): name is RequestName {
  return Object.hasOwn(requests, name);
}
export function isEventName(name: string): name is EventName {
  return Object.hasOwn(events, name);
}

/** The handlers a server needs: one async function per request. */
export type RequestHandlers = {
  [M in RequestName]: (params: z.infer<Requests[M]['params']>) => Promise<ResultOf<M>>;
};
