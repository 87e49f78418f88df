import { promises as fs } from 'node:fs';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { ProtocolError } from '../../../shared/protocol/envelope';
import { createTranslator, type Language } from '../../../shared/i18n/translator';
import type { Snapshot } from '../../../shared/model/snapshot';
import type { Policy } from '../../../shared/policy/policy-schema';
import type { PolicyStatus } from '../../../shared/policy/policy-status';
import type { Incident } from '../../../shared/journal/incident';
import { summarise } from '../../../shared/journal/incident';
import { fileStamp } from '../../../shared/journal/local-time';
import { supportContacts, type SupportContacts } from '../../../shared/support/support-contacts';
import { buildMailto, buildSupportSummary } from '../../../shared/support/support-summary';
import { createRedactor } from '../../../shared/support/redact';
import type { SupportManifest } from '../../../shared/support/manifest';
import { errorMessage } from '../../../shared/error-message';
import { findIncident, type ReadOptions } from '../journal/journal-query';
import type { JournalRecorder } from '../journal/journal-recorder';
import { readCapped } from '../../util/read-capped-file';
import { collectBundle, type CollectedBundle } from './bundle-contents';
import { gatherBundleSource } from './bundle-source';
import { gatherHostFacts } from './host-facts';
import { maxQueuedBundleBytes, type OutboxEntry } from './ticket-outbox';
import type { TicketSender } from './ticket-sender';
import { writeZip } from './zip-file';

/** Bundles kept in the support folder; older ones are deleted when a new one is made. */
const keepBundles = 10;

export interface SupportServiceOptions {
  policy: Policy;
  policyStatus: PolicyStatus;
  /** Where bundles are saved: `<this>/support`. */
  dataDir: string;
  journalFolder: string;
  read: ReadOptions;
  recorder: JournalRecorder;
  snapshot: () => Snapshot;
  journalStatus: () => unknown;
  version: string;
  logFiles: readonly string[];
  sender?: TicketSender;
  now: () => number;
  log: (line: string) => void;
}

export interface SupportService {
  contacts(): SupportContacts;
  manifest(incidentId: string | undefined, language: Language): Promise<SupportManifest>;
  build(
    incidentId: string | undefined,
    language: Language,
  ): Promise<{ file: string; folder: string; bytes: number; manifest: SupportManifest }>;
  summary(
    incidentId: string | undefined,
    language: Language,
    withBundle: boolean,
  ): Promise<{ subject: string; body: string; mailto?: string; portal?: string }>;
  send(
    incidentId: string | undefined,
    language: Language,
    note?: string,
  ): Promise<{ ticket?: string; state: 'queued' | 'no-webhook' | 'practice' }>;
}

/**
 * Contact support: the bundle (what it holds, building it), the summary and mail draft, and the
 * webhook ticket. Everything that leaves goes through the redactor (built-in rules plus the
 * policy's patterns); what the dialog lists is what the zip holds.
 */
export function createSupportService(options: SupportServiceOptions): SupportService {
  const { policy, now } = options;
  const bundleFolder = path.join(options.dataDir, 'support');
  let lastBundle: string | undefined;

  async function focusIncident(id: string | undefined): Promise<Incident | undefined> {
    if (id === undefined) return undefined;
    const { incident } = await findIncident(options.journalFolder, id, options.read);
    if (!incident) throw new ProtocolError('bad-request', `no incident "${id}" in the journal`);
    return incident;
  }

  async function collect(incidentId: string | undefined, language: Language): Promise<CollectedBundle> {
    return collectBundle(
      await gatherBundleSource({
        t: createTranslator(language),
        snapshot: options.snapshot(),
        policy,
        policyStatus: options.policyStatus,
        journalFolder: options.journalFolder,
        read: options.read,
        practice: options.recorder.isPractice(),
        ...(incidentId !== undefined ? { focusId: incidentId } : {}),
        logFiles: options.logFiles,
        version: options.version,
        journal: options.journalStatus(),
        now: now(),
        log: options.log,
      }),
    );
  }

  async function saveBundle(incidentId: string | undefined, language: Language) {
    const collected = await collect(incidentId, language);
    await fs.mkdir(bundleFolder, { recursive: true });
    const file = path.join(bundleFolder, `invoiceguard-support-${fileStamp(now())}-${randomUUID().slice(0, 4)}.zip`);
    const bytes = await writeZip(file, collected.files, new Date(now()));
    lastBundle = file;
    await options.recorder
      .record({
        type: 'support.bundle',
        file: path.basename(file),
        bytes,
        ...(incidentId ? { incident: incidentId } : {}),
      })
      .catch(() => {});
    await pruneBundles().catch((error: unknown) =>
      options.log(`support: cannot prune old bundles: ${errorMessage(error)}`),
    );
    return { file, folder: bundleFolder, bytes, manifest: collected.manifest, collected };
  }

  async function pruneBundles(): Promise<void> {
    const names = (await fs.readdir(bundleFolder)).filter((n) => /^invoiceguard-support-.*\.zip$/.test(n)).sort();
    for (const name of names.slice(0, Math.max(0, names.length - keepBundles)))
      await fs.unlink(path.join(bundleFolder, name));
  }

  return {
    contacts: () => supportContacts(policy.support),
    async manifest(incidentId, language) {
      return (await collect(incidentId, language)).manifest;
    },
    async build(incidentId, language) {
      const { collected: _c, ...result } = await saveBundle(incidentId, language);
      return result;
    },
    async summary(incidentId, language, withBundle) {
      const t = createTranslator(language);
      const focus = await focusIncident(incidentId);
      const host = gatherHostFacts(options.version);
      const bundleFile = withBundle ? lastBundle : undefined;
      const summary = buildSupportSummary({
        t,
        snapshot: options.snapshot(),
        ...(focus ? { incident: focus } : {}),
        app: { version: options.version, platform: process.platform },
        ...(bundleFile ? { bundleFile } : {}),
        timeZone: host.timeZone,
        now: now(),
      });
      const redact = createRedactor(policy.support.redact);
      const subject = redact.text(summary.subject);
      const body = redact.text(summary.body);
      const mail = policy.support.it.mail;
      const tail = bundleFile ? t.t('support.mail.attach', { file: bundleFile }) : t.t('support.mail.cut');
      return {
        subject,
        body,
        ...(mail ? { mailto: buildMailto(mail, subject, body, tail) } : {}),
        ...(policy.support.it.portal ? { portal: policy.support.it.portal } : {}),
      };
    },
    async send(incidentId, language, note) {
      if (options.recorder.isPractice()) return { state: 'practice' };
      if (!policy.support.webhook || !options.sender) return { state: 'no-webhook' };
      const saved = await saveBundle(incidentId, language);
      const focus = await focusIncident(incidentId);
      const redact = createRedactor(policy.support.redact);
      const id = randomUUID();
      const createdAt = new Date(now()).toISOString();
      const entry: OutboxEntry = {
        version: 1,
        id,
        createdAt,
        ...(incidentId ? { incident: incidentId } : {}),
        ticket: {
          version: 1,
          id,
          createdAt,
          language,
          subject: saved.collected.summary.subject,
          summary: saved.collected.summary.body,
          ...(note ? { note: redact.text(note) } : {}),
          ...(focus ? { incident: redact.json(summarise(focus)) } : {}),
          app: { version: options.version, platform: process.platform },
          computer: gatherHostFacts(options.version).hostname,
          bundle: { name: path.basename(saved.file), bytes: saved.bytes },
        },
        state: 'pending',
        attempts: 0,
        nextAttemptAt: createdAt,
      };
      const queued = (): Promise<unknown> =>
        options.recorder.record({
          type: 'support.ticket',
          ticket: id,
          state: 'queued',
          ...(incidentId ? { incident: incidentId } : {}),
        });
      await options.sender.enqueue(entry, await readCapped(saved.file, maxQueuedBundleBytes), queued);
      return { ticket: id, state: 'queued' };
    },
  };
}
