import { z } from 'zod';
import { languageSchema } from '../journal/journal-protocol';
import { supportContactsSchema } from './support-contacts';
import { supportManifestSchema } from './manifest';

const incidentId = z.string().min(1).max(40);

export const supportRequests = {
  /** IT, the suppliers and the built-in public lines, and what the main process may open for them. */
  getSupportContacts: { params: z.object({}).strict(), result: supportContactsSchema },
  /** What a bundle would hold, shown before anything leaves (nothing is written). */
  getSupportManifest: {
    params: z.object({ incidentId: incidentId.optional(), language: languageSchema }).strict(),
    result: supportManifestSchema,
  },
  /** Builds the zip in the data folder's `support` folder and says where (the folder is then shown). */
  buildSupportBundle: {
    params: z.object({ incidentId: incidentId.optional(), language: languageSchema }).strict(),
    result: z
      .object({
        file: z.string(),
        folder: z.string(),
        bytes: z.number().int().nonnegative(),
        manifest: supportManifestSchema,
      })
      .strict(),
  },
  /** "Copy a summary" and the mail draft: text in `language`, and a mailto: URL to IT's address if set. */
  getSupportSummary: {
    params: z
      .object({ incidentId: incidentId.optional(), language: languageSchema, withBundle: z.boolean().default(false) })
      .strict(),
    result: z
      .object({ subject: z.string(), body: z.string(), mailto: z.string().optional(), portal: z.string().optional() })
      .strict(),
  },
  /** Queues a ticket with its bundle for the policy's webhook; delivery is retried in the background. */
  sendSupportTicket: {
    params: z
      .object({ incidentId: incidentId.optional(), language: languageSchema, note: z.string().max(2000).optional() })
      .strict(),
    result: z.object({ ticket: z.string().optional(), state: z.enum(['queued', 'no-webhook', 'practice']) }).strict(),
  },
  listSupportTickets: {
    params: z.object({}).strict(),
    result: z
      .object({
        tickets: z.array(
          z
            .object({
              id: z.string(),
              createdAt: z.string(),
              incident: z.string().optional(),
              state: z.enum(['pending', 'delivered', 'rejected', 'expired']),
              attempts: z.number().int().nonnegative(),
              nextAttemptAt: z.string(),
              lastError: z.string().optional(),
            })
            .strict(),
        ),
      })
      .strict(),
  },
  /**
   * Answered by the Electron main process, not the core: opens a mailto:, tel: or https: URL that
   * getSupportContacts allows (electron/main/open-external.ts); anything else is refused.
   */
  openExternal: {
    params: z.object({ url: z.string().min(1).max(4096) }).strict(),
    result: z.object({ opened: z.boolean() }).strict(),
  },
} as const;
