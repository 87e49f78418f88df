import os from 'node:os';
import path from 'node:path';
import type { Translator } from '../../shared/i18n/translator';
import { exitCouldNotRun } from '../../shared/model/report';
import { describePolicyIssues } from '../../shared/policy/describe-policy-issues';
import type { Policy } from '../../shared/policy/policy-schema';
import type { Incident } from '../../shared/journal/incident';
import { incidentQuerySchema, maxQueryLimit } from '../../shared/journal/incident-query';
import { incidentsToCsv } from '../../shared/journal/incidents-csv';
import { describeTimeZone, formatLocalTime } from '../../shared/journal/local-time';
import { errorMessage } from '../../shared/error-message';
import { loadPolicy } from '../core/policy/load-policy';
import { defaultDataDir } from '../core/data-dir';
import { queryIncidents } from '../core/journal/journal-query';
import { maxRecordBytes } from '../core/journal/journal-store';
import type { CliIo } from './cli-io';

export interface JournalCommand {
  format: 'text' | 'json' | 'csv';
  since?: string;
  until?: string;
  faultId?: string;
  policyPath?: string;
  dataDir?: string;
}

/** Where the journal is for this policy and data folder (the policy can move it). */
export function journalFolder(policy: Policy, dataDir: string): string {
  return policy.journal.folder ?? path.join(dataDir, 'journal');
}

/** The data folder the CLI reads: --data-dir, else the per-OS default the app uses. */
export function cliDataDir(dataDir: string | undefined, io: CliIo): string {
  return dataDir ?? defaultDataDir(io.platform, io.env, io.env.HOME || io.env.USERPROFILE || os.homedir());
}

/** 2 an open critical incident, 1 another open one or unreadable lines skipped, else 0 (docs/cli.md). */
export function journalExitCode(incidents: readonly Incident[], skipped: number): 0 | 1 | 2 {
  const open = incidents.filter((i) => i.status === 'open');
  if (open.some((i) => i.severity === 'critical')) return 2;
  return open.length || skipped ? 1 : 0;
}

/**
 * `invoiceguard journal`: reads the journal files directly (no core is started, so it also works
 * while the app runs or when it does not), filtered by time and fault, as text, JSON or CSV.
 */
export async function runJournal(command: JournalCommand, t: Translator, io: CliIo): Promise<number> {
  const loaded = await loadPolicy({ cliPath: command.policyPath, env: io.env, platform: io.platform });
  if (loaded.status.issues.length) {
    io.stderr(`invoiceguard: ${describePolicyIssues(loaded.status, t)}\n`);
    return exitCouldNotRun;
  }
  const folder = journalFolder(loaded.policy, cliDataDir(command.dataDir, io));
  const query = incidentQuerySchema.parse({
    ...(command.since ? { since: command.since } : {}),
    ...(command.until ? { until: command.until } : {}),
    ...(command.faultId ? { faultId: command.faultId } : {}),
    limit: maxQueryLimit,
  });
  let result;
  try {
    result = await queryIncidents(folder, query, {
      maxSegmentBytes: loaded.policy.journal.segmentMiB * 1024 * 1024 + 2 * maxRecordBytes,
    });
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? errorMessage(error);
    io.stderr(`invoiceguard: ${t.t('cli.journal.unreadable', { folder, reason })}\n`);
    return exitCouldNotRun;
  }
  const { incidents, skipped } = result;
  if (command.format === 'csv') io.stdout(incidentsToCsv(incidents, t));
  else if (command.format === 'json') {
    io.stdout(
      `${JSON.stringify({ version: 1, folder, skipped, torn: result.torn, truncated: result.truncated, incidents }, null, 2)}\n`,
    );
  } else io.stdout(renderJournalText(incidents, t, result));
  if (skipped && command.format !== 'text')
    io.stderr(`invoiceguard: ${t.t('cli.journal.skipped', { count: skipped })}\n`);
  return journalExitCode(incidents, skipped);
}

function renderJournalText(
  incidents: readonly Incident[],
  t: Translator,
  result: { skipped: number; truncated: boolean },
): string {
  const lines = [t.t('cli.journal.heading', { count: incidents.length, zone: describeTimeZone(Date.now()) }), ''];
  if (!incidents.length) lines.push(t.t('cli.journal.none'));
  for (const i of incidents) {
    lines.push(
      t.t('cli.journal.line', {
        opened: formatLocalTime(i.openedAt),
        closed: i.closedAt ? formatLocalTime(i.closedAt) : '…',
        severity: t.t(`severity.${i.severity}`),
        title: t.has(`fault.${i.faultId}.title`) ? t.t(`fault.${i.faultId}.title`) : i.faultId,
        faultId: i.faultId,
        status: i.status === 'open' ? t.t('cli.journal.open') : '',
      }),
    );
    const codes = [...new Set(i.codes.map((c) => c.code ?? c.text))];
    if (codes.length) lines.push(t.t('cli.journal.codes', { codes: codes.join(', ') }));
    for (const n of i.notes) lines.push(t.t('cli.journal.note', { at: formatLocalTime(n.at), text: n.text }));
  }
  if (result.truncated) lines.push('', t.t('cli.journal.truncated', { count: incidents.length }));
  if (result.skipped) lines.push('', t.t('cli.journal.skipped', { count: result.skipped }));
  return `${lines.join('\n')}\n`;
}
