import type { SoftwareEntry } from '../../../../shared/policy/software-policy';
import { notConfigured } from '../../source-probe';
import type { ProbeOutcome } from '../../probe';
import { compareVersions, versionNumbers } from './compare-version';
import { normalizeProcessName, type ProcessRead } from './process-model';

/** Pure: the running processes against the policy's vendors to the `software.processes` reading. */
export function evaluateSoftware(read: ProcessRead, expected: readonly SoftwareEntry[]): ProbeOutcome {
  if (expected.length === 0) return notConfigured({ key: 'check.software.processes.notConfigured' });
  if (!read.ok)
    return {
      status: 'unknown',
      summary: { key: 'check.software.processes.unreadable', params: { problem: read.problem } },
      details: { error: read.problem, reason: read.reason },
    };
  const running = new Map<string, { pid: number; version: string | null }>();
  for (const p of read.processes) running.set(normalizeProcessName(p.name), { pid: p.pid, version: p.version });

  const vendors = expected.map((entry) => {
    const hit = entry.processes.map((n) => ({ n, p: running.get(normalizeProcessName(n)) })).find((x) => x.p);
    const version = hit?.p?.version ?? null;
    const have = version ? versionNumbers(version) : null;
    const min = entry.minVersion ? versionNumbers(entry.minVersion) : null;
    const outdated = !!(have && min && compareVersions(have, min) < 0);
    return {
      vendor: entry.vendor,
      running: !!hit,
      process: hit?.n ?? null,
      version,
      minVersion: entry.minVersion ?? null,
      outdated,
      mustRun: entry.mustRun,
    };
  });
  const notRunning = vendors.filter((v) => v.mustRun && !v.running);
  const outdated = vendors.filter((v) => v.outdated);
  const details = {
    configured: true,
    vendors,
    notRunning: notRunning.map((v) => v.vendor),
    outdated: outdated.map((v) => v.vendor),
  };
  if (notRunning.length)
    return {
      status: 'fault',
      summary: {
        key: 'check.software.processes.notRunning',
        params: { names: notRunning.map((v) => v.vendor).join('、') },
      },
      details,
    };
  const first = outdated[0];
  if (first)
    return {
      status: 'warning',
      summary: {
        key: 'check.software.processes.outdated',
        params: { name: first.vendor, version: first.version ?? '', minVersion: first.minVersion ?? '' },
      },
      details,
    };
  const names = vendors
    .filter((v) => v.running)
    .map((v) => v.vendor)
    .join('、');
  return { status: 'ok', summary: { key: 'check.software.processes.ok', params: { names } }, details };
}
