import type { Translator } from '../../../shared/i18n/translator';
import type { Snapshot } from '../../../shared/model/snapshot';
import type { Policy } from '../../../shared/policy/policy-schema';
import type { PolicyStatus } from '../../../shared/policy/policy-status';
import { incidentQuerySchema } from '../../../shared/journal/incident-query';
import { ProtocolError } from '../../../shared/protocol/envelope';
import { findIncident, queryIncidents, recentEvents, type ReadOptions } from '../journal/journal-query';
import type { BundleSource } from './bundle-contents';
import { gatherHostFacts } from './host-facts';

export interface BundleGathering {
  t: Translator;
  snapshot: Snapshot;
  policy: Policy;
  policyStatus: PolicyStatus;
  journalFolder: string;
  read: ReadOptions;
  /** Practice bundles hold practice incidents only, real ones real incidents only. */
  practice: boolean;
  focusId?: string;
  logFiles: readonly string[];
  version: string;
  journal?: unknown;
  now: number;
  log?: (line: string) => void;
}

/**
 * Reads what a bundle holds from the journal and the host: the incidents of the policy's
 * `support.bundleDays`, the incident asked about (which must exist), the other journal events.
 * Shared by the core (support dialog, webhook) and `invoiceguard bundle`.
 */
export async function gatherBundleSource(g: BundleGathering): Promise<BundleSource> {
  const sinceMs = g.now - g.policy.support.bundleDays * 86_400_000;
  const query = incidentQuerySchema.parse({ since: new Date(sinceMs).toISOString(), practice: g.practice, limit: 200 });
  const host = gatherHostFacts(g.version);
  const [listed, events, focus] = await Promise.all([
    queryIncidents(g.journalFolder, query, g.read),
    recentEvents(g.journalFolder, sinceMs, g.read),
    g.focusId === undefined ? undefined : findIncident(g.journalFolder, g.focusId, g.read).then((r) => r.incident),
  ]);
  if (g.focusId !== undefined && !focus)
    throw new ProtocolError('bad-request', `no incident "${g.focusId}" in the journal`);
  return {
    t: g.t,
    snapshot: g.snapshot,
    policy: g.policy,
    policyStatus: g.policyStatus,
    host,
    incidents: listed.incidents,
    ...(focus ? { focus } : {}),
    events: g.practice ? events.filter((e) => e.practice) : events.filter((e) => !e.practice),
    journal: g.journal,
    logFiles: g.logFiles,
    now: g.now,
    timeZone: host.timeZone,
    ...(g.log ? { log: g.log } : {}),
  };
}
