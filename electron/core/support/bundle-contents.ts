import path from 'node:path';
import type { Translator } from '../../../shared/i18n/translator';
import type { Snapshot } from '../../../shared/model/snapshot';
import type { Policy } from '../../../shared/policy/policy-schema';
import type { PolicyStatus } from '../../../shared/policy/policy-status';
import type { Incident } from '../../../shared/journal/incident';
import type { JournalRecord } from '../../../shared/journal/record-schema';
import { createRedactor } from '../../../shared/support/redact';
import { buildSystemSummary, type HostFacts } from '../../../shared/support/system-summary';
import { buildSupportSummary } from '../../../shared/support/support-summary';
import { renderReportHtml } from '../../../shared/support/report-html';
import type { BundleFileKind, SupportManifest } from '../../../shared/support/manifest';
import { errorMessage } from '../../../shared/error-message';
import { readTail } from '../../util/read-capped-file';

/** The most of one log file a bundle carries (its newest part). */
export const maxLogBytes = 16 * 1024 * 1024;

export interface BundleSource {
  t: Translator;
  snapshot: Snapshot;
  policy: Policy;
  policyStatus: PolicyStatus;
  host: HostFacts;
  /** Recent incidents, newest first; `focus` is the one the user asks about. */
  incidents: readonly Incident[];
  focus?: Incident;
  /** Journal records not tied to an incident: core restarts, policy changes, lookups, tickets. */
  events: readonly JournalRecord[];
  journal?: unknown;
  logFiles: readonly string[];
  now: number;
  timeZone?: string;
  log?: (line: string) => void;
}

export interface BundleFile {
  name: string;
  kind: BundleFileKind;
  data: Uint8Array;
}

export interface CollectedBundle {
  files: BundleFile[];
  manifest: SupportManifest;
  summary: { subject: string; body: string };
}

const json = (value: unknown): Uint8Array => Buffer.from(`${JSON.stringify(value, null, 2)}\n`);

/**
 * Everything a support bundle holds, each file already redacted (built-in rules plus the policy's
 * patterns): the report, the summary, the snapshot, incidents, journal events, the system summary
 * with the policy in force, the app's log, and a manifest listing them. The same collection feeds
 * the dialog's "what will be sent" list and the zip, so the list is exactly what leaves.
 */
export async function collectBundle(source: BundleSource): Promise<CollectedBundle> {
  const redact = createRedactor(source.policy.support.redact);
  const { t } = source;
  const app = { version: source.host.versions.app, platform: source.host.platform };
  const snapshot = redact.json(source.snapshot);
  const incidents = redact.json([...source.incidents]);
  const focus = source.focus ? redact.json(source.focus) : undefined;
  const system = redact.json(buildSystemSummary(source.snapshot, source.policy, source.policyStatus, source.host));
  const summary = redact.json(
    buildSupportSummary({
      t,
      snapshot,
      ...(focus ? { incident: focus } : {}),
      app,
      ...(source.timeZone ? { timeZone: source.timeZone } : {}),
      now: source.now,
    }),
  );
  const files: BundleFile[] = [
    { name: 'summary.txt', kind: 'summary', data: Buffer.from(`${summary.subject}\n\n${summary.body}\n`) },
    { name: 'snapshot.json', kind: 'snapshot', data: json(snapshot) },
    {
      name: 'incidents.json',
      kind: 'incidents',
      data: json({ version: 1, ...(focus ? { focus } : {}), incidents }),
    },
    { name: 'events.json', kind: 'events', data: json({ version: 1, events: redact.json([...source.events]) }) },
    { name: 'system.json', kind: 'system', data: json({ ...system, journal: redact.json(source.journal ?? null) }) },
  ];
  for (const file of source.logFiles) {
    let text: string;
    try {
      text = (await readTail(file, maxLogBytes)).toString('utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT')
        source.log?.(`bundle: log ${file} left out: ${errorMessage(error)}`);
      continue;
    }
    files.push({ name: `logs/${path.basename(file)}`, kind: 'log', data: Buffer.from(redact.text(text)) });
  }
  const listed = (): { name: string; kind: BundleFileKind; bytes: number }[] =>
    files.map((f) => ({ name: f.name, kind: f.kind, bytes: f.data.length }));
  const report = renderReportHtml({
    t,
    snapshot,
    incidents,
    ...(focus ? { focus } : {}),
    system,
    summary,
    files: listed(),
    generatedAt: source.now,
    ...(source.timeZone ? { timeZone: source.timeZone } : {}),
  });
  files.unshift({ name: 'report.html', kind: 'report', data: Buffer.from(report) });
  const manifest: SupportManifest = {
    version: 1,
    createdAt: new Date(source.now).toISOString(),
    language: t.language,
    app,
    incidents: incidents.length,
    ...(focus ? { focus: focus.id } : {}),
    files: [...listed(), { name: 'manifest.json', kind: 'manifest', bytes: 0 }],
    redactions: redact.counts(),
    policyPatterns: source.policy.support.redact.length,
  };
  files.push({ name: 'manifest.json', kind: 'manifest', data: json(manifest) });
  return { files, manifest, summary };
}
