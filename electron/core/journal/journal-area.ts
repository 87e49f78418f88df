import path from 'node:path';
import { ProtocolError } from '../../../shared/protocol/envelope';
import type { RequestHandlers } from '../../../shared/protocol/contract';
import { createTranslator } from '../../../shared/i18n/translator';
import { summarise, type Incident, type UsbEventRecord } from '../../../shared/journal/incident';
import { incidentQuerySchema } from '../../../shared/journal/incident-query';
import { incidentsToCsv } from '../../../shared/journal/incidents-csv';
import { fileStamp } from '../../../shared/journal/local-time';
import type { IncidentOverview, JournalStatus } from '../../../shared/journal/journal-protocol';
import { errorMessage } from '../../../shared/error-message';
import type { AreaFactory } from '../probe';
import type { GuideActivity } from '../guides/guide-activity';
import { coreLogPath, previousLogPath } from '../log/core-log';
import { createSupportService } from '../support/support-service';
import { openTicketOutbox } from '../support/ticket-outbox';
import { createTicketSender, type TicketSender } from '../support/ticket-sender';
import { findIncident, queryIncidents, type ReadOptions, type SegmentCache } from './journal-query';
import { createJournalRecorder, type JournalRecorder } from './journal-recorder';
import { describeJournalError } from './journal-errors';
import { maxRecordBytes, openJournalStore, type JournalStore } from './journal-store';

export interface JournalAreaOptions {
  /** The data folder: the journal (unless the policy moves it), the outbox, saved bundles, the log. */
  dataDir: string;
  version: string;
  /** Practice mode: records are marked `practice` and no ticket is sent. */
  practice?: { scenarioId: string };
  /**
   * The USB area's raw events (`usbArea({ onCreated: (a) => … a.rawEvents() })`), kept with each
   * incident from `journal.usbEventsMinutes` before it opened. Without it incidents carry none.
   */
  usbEvents?: () => readonly UsbEventRecord[];
  /** The log files a bundle carries; default: the core's log in the data folder and its predecessor. */
  logFiles?: readonly string[];
  log?: (line: string) => void;
  /** The journal's clock: the real wall clock, also in practice mode (a drill happens now). */
  now?: () => number;
  pid?: number;
  /** Waits between webhook attempts (tests shorten them). */
  retryDelaysMs?: readonly number[];
  random?: () => number;
}

export interface JournalAreaHandle {
  area: AreaFactory;
  /** Pass to guidesArea({ onActivity }) so steps, re-checks and code lookups reach the open incident. */
  onGuideActivity(activity: GuideActivity): void;
  /** Resolves when the snapshots so far are recorded (tests and the bench). */
  settled(): Promise<void>;
  /** The incidents open now (undefined until the journal has read its files): fleet metrics count them. */
  openIncidents(): readonly Incident[] | undefined;
}

/**
 * The journal "area": no probes; it follows the snapshots, records incidents, and serves the
 * History and contact-support requests (docs/journal.md, docs/support.md).
 */
export function createJournalArea(options: JournalAreaOptions): JournalAreaHandle {
  const log = options.log ?? (() => {});
  const now = options.now ?? Date.now;
  let recorder: JournalRecorder | undefined;
  const early: GuideActivity[] = [];
  return {
    onGuideActivity(activity) {
      if (recorder) recorder.activity(activity);
      else if (early.length < 100) early.push(activity);
    },
    settled: async () => recorder?.settled(),
    openIncidents: () => recorder?.open(),
    area: ({ policy, policyStatus, platform }) => {
      const folder = policy.journal.folder ?? path.join(options.dataDir, 'journal');
      const store = openJournalStore({
        folder,
        segmentBytes: policy.journal.segmentMiB * 1024 * 1024,
        maxTotalBytes: policy.journal.maxTotalMiB * 1024 * 1024,
        retentionMs: policy.journal.retentionDays * 86_400_000,
        now,
        log,
        ...(options.pid ? { pid: options.pid } : {}),
      });
      const cache: SegmentCache = new Map();
      const read: ReadOptions = {
        maxSegmentBytes: policy.journal.segmentMiB * 1024 * 1024 + 2 * maxRecordBytes,
        cache,
        log,
      };
      let sender: TicketSender | undefined;
      let unsubscribe: (() => void) | undefined;
      let stopped = false;
      const status = (): JournalStatus => store.status();

      return {
        probes: [],
        rules: [],
        serve(services) {
          const overview = async (): Promise<IncidentOverview> => {
            const rec = recorder as JournalRecorder;
            await rec.ready;
            const open = rec.open().map(summarise);
            const closed = rec.lastClosed();
            let last = open[0] ?? (closed ? summarise(closed) : undefined);
            if (!last) {
              const query = incidentQuerySchema.parse({ limit: 1, practice: rec.isPractice() });
              // An unusable folder (a path under a file, no permission) must not cost the
              // dashboard its status line: the status already says what is wrong.
              try {
                last = (await queryIncidents(folder, query, read)).incidents.map(summarise)[0];
              } catch (error) {
                log(`journal: reading the last incident failed: ${errorMessage(error)}`);
              }
            }
            return { practice: rec.isPractice(), open, ...(last ? { last } : {}), status: status() };
          };
          const push = (): void => {
            if (stopped) return;
            overview().then(
              (o) => services.emit('incidents', o),
              (error: unknown) => log(`journal: overview failed: ${errorMessage(error)}`),
            );
          };
          recorder = createJournalRecorder({
            store,
            ...(options.practice ? { practice: options.practice } : {}),
            ...(options.usbEvents ? { usbEvents: options.usbEvents } : {}),
            usbWindowMs: policy.journal.usbEventsMinutes * 60_000,
            version: options.version,
            platform,
            pid: options.pid ?? process.pid,
            policy,
            ...(policyStatus ? { policyStatus } : {}),
            now,
            log,
            onChange: push,
            onNetworkBack: () => sender?.kick(),
          });
          early.splice(0).forEach((a) => recorder?.activity(a));
          store.onStatus(push);
          const webhook = policy.support.webhook;
          if (webhook && !options.practice) {
            sender = createTicketSender({
              outbox: openTicketOutbox(path.join(options.dataDir, 'outbox'), log),
              webhook: {
                url: webhook.url,
                ...(webhook.token ? { token: webhook.token } : {}),
                timeoutMs: webhook.timeoutSeconds * 1000,
                giveUpMs: webhook.giveUpDays * 86_400_000,
              },
              userAgent: `InvoiceGuard/${options.version}`,
              ...(options.retryDelaysMs ? { delaysMs: options.retryDelaysMs } : {}),
              ...(options.random ? { random: options.random } : {}),
              now,
              log,
              onEvent: (entry, event) => {
                const { state, attempt, ...rest } = event;
                // Every outcome is journaled; of a long run of failures, the first three and every tenth.
                if (state === 'attempt-failed' && attempt > 3 && attempt % 10 !== 0) return;
                void recorder
                  ?.record({
                    type: 'support.ticket',
                    ticket: entry.id,
                    state,
                    attempt,
                    ...(entry.incident ? { incident: entry.incident } : {}),
                    ...('status' in rest && rest.status !== undefined ? { status: rest.status } : {}),
                    ...('reason' in rest ? { reason: rest.reason.slice(0, 500) } : {}),
                  })
                  .catch(() => {});
              },
            });
            sender.start().catch((error: unknown) => log(`outbox: ${errorMessage(error)}`));
          }
          const support = createSupportService({
            policy,
            policyStatus: policyStatus ?? { source: 'default', issues: [] },
            dataDir: options.dataDir,
            journalFolder: folder,
            read,
            recorder,
            snapshot: () => services.snapshot(),
            journalStatus: status,
            version: options.version,
            logFiles: options.logFiles ?? [coreLogPath(options.dataDir), previousLogPath(coreLogPath(options.dataDir))],
            ...(sender ? { sender } : {}),
            now,
            log,
          });
          unsubscribe = services.onSnapshot((snapshot) => recorder?.sync(snapshot));
          const rec = recorder;

          const handlers: Partial<RequestHandlers> = {
            async listIncidents(query) {
              const result = await queryIncidents(folder, query, read);
              return {
                incidents: result.incidents.map(summarise),
                skipped: result.skipped,
                torn: result.torn,
                truncated: result.truncated,
              };
            },
            async getIncident({ id }) {
              const { incident } = await findIncident(folder, id, read);
              if (!incident) throw new ProtocolError('bad-request', `no incident "${id}" in the journal`);
              return { incident };
            },
            async addIncidentNote({ id, text }) {
              const known = rec.open().find((i) => i.id === id) ?? (await findIncident(folder, id, read)).incident;
              if (!known) throw new ProtocolError('bad-request', `no incident "${id}" in the journal`);
              try {
                await rec.record({ type: 'incident.note', incident: id, text });
              } catch (error) {
                return { saved: false, incident: known, error: describeJournalError(error, folder) };
              }
              push();
              // An open incident is folded in memory already; a closed one is read back.
              const incident = rec.open().find((i) => i.id === id) ?? (await findIncident(folder, id, read)).incident;
              return { saved: true, ...(incident ? { incident } : {}) };
            },
            async exportIncidents({ query, language }) {
              const result = await queryIncidents(folder, query, read);
              const csv = incidentsToCsv(result.incidents, createTranslator(language));
              return {
                csv,
                fileName: `invoiceguard-incidents-${fileStamp(now())}.csv`,
                count: result.incidents.length,
              };
            },
            getIncidentOverview: overview,
            getSupportContacts: async () => support.contacts(),
            getSupportManifest: ({ incidentId, language }) => support.manifest(incidentId, language),
            buildSupportBundle: ({ incidentId, language }) => support.build(incidentId, language),
            getSupportSummary: ({ incidentId, language, withBundle }) =>
              support.summary(incidentId, language, withBundle),
            sendSupportTicket: ({ incidentId, language, note }) => support.send(incidentId, language, note),
            async listSupportTickets() {
              return {
                tickets: (sender?.entries() ?? []).map((e) => ({
                  id: e.id,
                  createdAt: e.createdAt,
                  ...(e.incident ? { incident: e.incident } : {}),
                  state: e.state,
                  attempts: e.attempts,
                  nextAttemptAt: e.nextAttemptAt,
                  ...(e.lastError ? { lastError: e.lastError } : {}),
                })),
              };
            },
          };
          return handlers;
        },
        async dispose() {
          stopped = true;
          unsubscribe?.();
          await sender?.stop();
          await recorder?.stop();
          await store.close();
        },
      };
    },
  };
}

export type { JournalStore };
