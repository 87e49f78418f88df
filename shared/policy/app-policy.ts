import { z } from 'zod';

const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'policy.rule.clockTime');

/**
 * The desktop app itself (not a check): when it starts, what it may pop up, whether users may quit
 * it, and when the main process gives up restarting a crashing monitor. Read by the Electron main
 * process; the core ignores it.
 */
export const appPolicySchema = z
  .object({
    /**
     * Start at login: `user` lets each user switch it in the settings (on by default), `always` and
     * `never` decide for every user.
     */
    startAtLogin: z.enum(['user', 'always', 'never']).default('user'),
    /** False hides "Quit" from the tray menu (the app still ends with the session). */
    allowQuit: z.boolean().default(true),
    notifications: z
      .object({
        enabled: z.boolean().default(true),
        /** Pop-ups in any 60 minutes; past that the news is held and told in one summary. 0: none. */
        maxPerHour: z.number().int().min(0).max(60).default(6),
        /** Also tell when a problem that popped up has cleared. */
        onRecovery: z.boolean().default(true),
        /** Local time; wraps midnight when `from` is later than `to` ("22:00"–"07:30"). */
        quietHours: z.object({ from: clockTime, to: clockTime }).strict().optional(),
      })
      .strict()
      .prefault({}),
    /** The monitor (the core process) is restarted when it dies, but not forever. */
    monitor: z
      .object({
        /** After this many restarts within `windowMinutes`, the next crash stops it for good. */
        maxRestarts: z.number().int().min(1).max(100).default(5),
        windowMinutes: z.number().int().min(1).max(1440).default(10),
      })
      .strict()
      .prefault({}),
  })
  .strict()
  .refine((a) => !a.notifications.quietHours || a.notifications.quietHours.from !== a.notifications.quietHours.to, {
    message: 'policy.rule.quietHoursEmpty',
    path: ['notifications', 'quietHours'],
  });
export type AppPolicy = z.infer<typeof appPolicySchema>;
