import type { CheckStatus } from '../../../../shared/model/reading';
import { worstStatus } from '../../../../shared/model/reading';
import type { DiskPolicy } from '../../../../shared/policy/disk-policy';
import type { Probe, ProbeOutcome } from '../../probe';
import type { SpaceSource } from './statfs-source';
import { readSafely, type SourceProblem } from '../../sources/source-read';

const MiB = 1024 * 1024;
const round1 = (n: number): number => Math.round(n * 10) / 10;

interface PathReading {
  path: string;
  status: CheckStatus;
  freeMiB?: number;
  totalMiB?: number;
  error?: string;
  problem?: SourceProblem;
}

/** `disk.space`: free space of the system drive and of every folder the policy names. */
export function diskSpaceProbe(policy: DiskPolicy, paths: readonly string[], space: SpaceSource): Probe {
  return {
    id: 'disk.space',
    area: 'disk',
    intervalMs: policy.intervalSeconds * 1000,
    timeoutMs: 10_000,
    async run(signal): Promise<ProbeOutcome> {
      const results = await Promise.all(paths.map((p) => readPath(p, policy, space, signal)));
      return summarize(results);
    },
  };
}

async function readPath(
  path: string,
  policy: DiskPolicy,
  space: SpaceSource,
  signal: AbortSignal,
): Promise<PathReading> {
  const info = await readSafely(() => space(path, signal));
  if (!info.ok) return { path, status: 'unknown', error: info.reason, problem: info.problem };
  const freeMiB = Math.floor(info.freeBytes / MiB);
  const status: CheckStatus = freeMiB < policy.faultFreeMiB ? 'fault' : freeMiB < policy.warnFreeMiB ? 'warning' : 'ok';
  return { path, status, freeMiB, totalMiB: Math.floor(info.totalBytes / MiB) };
}

function summarize(results: PathReading[]): ProbeOutcome {
  const status = results.reduce<CheckStatus>((acc, r) => worstStatus(acc, r.status), 'ok');
  const measured = results.filter((r) => r.freeMiB !== undefined);
  const lowest = measured.sort((a, b) => (a.freeMiB ?? 0) - (b.freeMiB ?? 0))[0];
  const details = { paths: results, lowestPath: lowest?.path ?? null, lowestFreeMiB: lowest?.freeMiB ?? null };
  const unreadable = results.find((r) => r.status === 'unknown');
  if (status === 'unknown' && unreadable) {
    return {
      status,
      summary: {
        key: 'check.disk.space.unreadable',
        params: { path: unreadable.path, problem: unreadable.problem ?? 'unreadable' },
      },
      details,
    };
  }
  if (!lowest) return { status: 'unknown', summary: { key: 'check.pending' }, details };
  const freeGiB = round1((lowest.freeMiB ?? 0) / 1024);
  if (status === 'ok') {
    const freePercent = lowest.totalMiB ? Math.round(((lowest.freeMiB ?? 0) / lowest.totalMiB) * 100) : 0;
    return {
      status,
      summary: { key: 'check.disk.space.ok', params: { path: lowest.path, freeGiB, freePercent } },
      details,
    };
  }
  return { status, summary: { key: 'check.disk.space.low', params: { path: lowest.path, freeGiB } }, details };
}
