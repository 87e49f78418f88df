import { z } from 'zod';
import { snapshotSchema } from '../model/snapshot';
import { guideViewSchema, incidentFlowSchema, recheckResultSchema } from '../guides/flow-schema';
import { explainResultSchema, maxExplainInput } from '../codes/explain-result';
import { readinessSchema } from '../readiness/readiness';
import { incidentOverviewSchema, journalRequests } from '../journal/journal-protocol';
import { supportRequests } from '../support/support-protocol';
import {
  backupProgressSchema,
  backupStatusSchema,
  jobStartSchema,
  listSnapshotsResultSchema,
  restoreParamsSchema,
  restoreStartSchema,
} from '../backup/backup-schema';

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
    /** In practice mode: the scenario being played (its title is the catalog key `titleKey`). */
    practice: z.object({ scenarioId: z.string(), titleKey: z.string() }).strict().optional(),
  })
  .strict();
export type AppInfo = z.infer<typeof appInfoSchema>;

/** The practice scenarios shipped with the app, and the one being played (null: real data). */
export const practiceStateSchema = z
  .object({
    scenarios: z.array(z.object({ id: z.string(), titleKey: z.string() }).strict()),
    active: z.string().nullable(),
  })
  .strict();
export type PracticeState = z.infer<typeof practiceStateSchema>;

/** The core process's health as its supervisor (main process or dev harness) sees it. */
export const coreStatusSchema = z
  .object({
    /** `failed`: it kept crashing, so the supervisor stopped restarting it (see `crashLoop`). */
    state: z.enum(['starting', 'running', 'restarting', 'stopped', 'failed']),
    restarts: z.number().int().nonnegative(),
    /** When restarting: milliseconds until the next attempt. */
    retryInMs: z.number().nonnegative().optional(),
    lastExit: z.string().optional(),
    /** When failed: it crashed more than `maxRestarts` times within `windowMinutes`. */
    crashLoop: z
      .object({ maxRestarts: z.number().int().positive(), windowMinutes: z.number().positive() })
      .strict()
      .optional(),
  })
  .strict();
export type CoreStatus = z.infer<typeof coreStatusSchema>;

/** Start at login for this user, and whether the policy leaves the choice to them. */
export const startAtLoginSchema = z
  .object({
    /** Whether the app starts when this user logs in (what the policy forces, else their choice). */
    enabled: z.boolean(),
    /** The policy's `app.startAtLogin`: only `user` lets the user change it. */
    policy: z.enum(['user', 'always', 'never']),
    canChange: z.boolean(),
  })
  .strict();
export type StartAtLogin = z.infer<typeof startAtLoginSchema>;

/** A view of the renderer and its parameters, as its router names them (`guide` + `{guideId}`). */
export const navigateSchema = z
  .object({
    view: z.string().min(1).max(50),
    params: z.record(z.string().max(50), z.string().max(200)).optional(),
  })
  .strict();
export type Navigate = z.infer<typeof navigateSchema>;

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
  /** Guided flow (docs/guides.md): the incident of a guide, its open fault and which steps are done. */
  getGuide: { params: z.object({ guideId: z.string().min(1).max(200) }).strict(), result: guideViewSchema },
  markStepDone: {
    params: z
      .object({
        guideId: z.string().min(1).max(200),
        step: z.number().int().min(1).max(50),
        done: z.boolean().default(true),
      })
      .strict(),
    result: guideViewSchema,
  },
  /** Re-runs the step's check now and says whether the reading means the step worked. */
  recheckStep: {
    params: z.object({ guideId: z.string().min(1).max(200), step: z.number().int().min(1).max(50) }).strict(),
    result: recheckResultSchema,
  },
  /** Error-code lookup: whatever the invoicing software showed, as typed or pasted. */
  explainCode: { params: z.object({ text: z.string().max(maxExplainInput) }).strict(), result: explainResultSchema },
  /** Month-end readiness: can I invoice today, and will I make the filing deadline? */
  getReadiness: { params: noParams, result: readinessSchema },
  /** Fleet monitoring: this workstation's state as Prometheus exposition text (docs/fleet.md). */
  getMetrics: { params: noParams, result: z.object({ text: z.string() }).strict() },
  /**
   * Practice mode, answered by the process that hosts the core (Electron main, browser harness),
   * which restarts the core on a shipped scenario's scripted sources and back. The page names a
   * scenario by id only, never by path.
   */
  listScenarios: { params: noParams, result: practiceStateSchema },
  startPractice: { params: z.object({ id: z.string().min(1).max(100) }).strict(), result: practiceStateSchema },
  stopPractice: { params: noParams, result: practiceStateSchema },
  /**
   * The host's latest coreStatus, answered by the host itself (never forwarded to the core). A window
   * asks at start, beside getSnapshot: one opened while the core restarts learns it at once instead
   * of waiting for the next coreStatus event (docs/architecture.md, "A window that opens late").
   */
  getCoreStatus: { params: noParams, result: coreStatusSchema },
  /** Incident journal and contact support (docs/journal.md, docs/support.md), served by the journal area. */
  ...journalRequests,
  ...supportRequests,
  /**
   * Start at login for the signed-in user, answered by the Electron main process (the settings
   * toggle); the harness and CLI answer `unknown-method`. Setting it when the policy decides
   * changes nothing and answers the policy's value with `canChange: false`.
   */
  getStartAtLogin: { params: noParams, result: startAtLoginSchema },
  setStartAtLogin: { params: z.object({ enabled: z.boolean() }).strict(), result: startAtLoginSchema },
  /** Backups (docs/backup.md), served by the backup area: RPO, RTO, last run, next run. */
  getBackupStatus: { params: noParams, result: backupStatusSchema },
  /** "立即备份": starts a backup to every destination; progress follows as `backupProgress` events. */
  startBackup: {
    params: z
      .object({
        /** Re-read and re-hash the new snapshot afterwards. */
        verify: z.boolean().default(false),
        /** Take a source that vanished or lost most of its files as it is now (else the last good copy is kept). */
        acceptSourceChanges: z.boolean().default(false),
      })
      .strict(),
    result: jobStartSchema,
  },
  listSnapshots: { params: noParams, result: listSnapshotsResultSchema },
  /**
   * "恢复": into a folder the user chose, or over the live data. Over live data the first call answers
   * what would be replaced and a token; only a second call with that token restores, after the
   * current state was itself snapshotted.
   */
  restoreSnapshot: { params: restoreParamsSchema, result: restoreStartSchema },
  /** Restores the newest snapshot to a temporary folder, verifies it, times it (the measured RTO), cleans up. */
  startRestoreDrill: { params: noParams, result: jobStartSchema },
} satisfies Record<string, RequestSpec>;

/** Everything pushed to the UI without being asked. */
export const events = {
  snapshot: snapshotSchema,
  /** The core process's health as its supervisor sees it (main process or dev harness). */
  coreStatus: coreStatusSchema,
  /** An incident's flow changed (step done, re-checked, or completed because its fault cleared). */
  guideFlow: incidentFlowSchema,
  /** Open incidents, the last one, and the journal's health changed (journal area). */
  incidents: incidentOverviewSchema,
  /**
   * The host asks the window to show a view (tray menu, a notification's click): sent by the
   * Electron main process only, once the page has loaded.
   */
  navigate: navigateSchema,
  /** A backup, verification, restore or drill advanced (throttled), or ended (`done` / `failed`). */
  backupProgress: backupProgressSchema,
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
  [M in Exclude<RequestName, AreaRequestName>]: (params: z.infer<Requests[M]['params']>) => Promise<ResultOf<M>>;
} & {
  [M in AreaRequestName]?: (params: z.infer<Requests[M]['params']>) => Promise<ResultOf<M>>;
};

/**
 * Requests served by an area rather than the core itself (guided flow, readiness, error codes), or
 * by the core's host (practice mode, the core's status, start at login): optional in RequestHandlers, and a server without one answers
 * `unknown-method`.
 */
export const areaRequestNames = [
  'getGuide',
  'markStepDone',
  'recheckStep',
  'explainCode',
  'getReadiness',
  'getMetrics',
  'listScenarios',
  'startPractice',
  'stopPractice',
  'getCoreStatus',
  // Journal area (electron/core/journal/), and openExternal answered by the Electron main process.
  ...(Object.keys(journalRequests) as (keyof typeof journalRequests)[]),
  ...(Object.keys(supportRequests) as (keyof typeof supportRequests)[]),
  'getStartAtLogin',
  'setStartAtLogin',
  'getBackupStatus',
  'startBackup',
  'listSnapshots',
  'restoreSnapshot',
  'startRestoreDrill',
] as const;
export type AreaRequestName = (typeof areaRequestNames)[number];
