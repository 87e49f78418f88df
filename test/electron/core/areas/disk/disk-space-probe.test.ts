import { describe, expect, it } from 'vitest';
import { diskSpaceProbe } from '../../../../../electron/core/areas/disk/disk-space-probe';
import { systemDrive } from '../../../../../electron/core/areas/disk/statfs-source';
import { defaultPolicy } from '../../../../../shared/policy/policy-schema';

const MiB = 1024 * 1024;
const policy = { ...defaultPolicy().disk, warnFreeMiB: 5000, faultFreeMiB: 1000 };
const space = (freeMiB: Record<string, number>) => async (path: string) => {
  if (!(path in freeMiB)) throw Object.assign(new Error('nope'), { code: 'ENOENT' });
  return { ok: true as const, freeBytes: freeMiB[path]! * MiB, totalBytes: 100_000 * MiB };
};
const run = (paths: string[], free: Record<string, number>) =>
  diskSpaceProbe(policy, paths, space(free)).run(new AbortController().signal);

describe('the disk space check', () => {
  it('is ok above the warning threshold and names the fullest drive', async () => {
    const outcome = await run(['/', '/data'], { '/': 50_000, '/data': 20_480 });
    expect(outcome).toMatchObject({
      status: 'ok',
      summary: { key: 'check.disk.space.ok', params: { path: '/data', freeGiB: 20, freePercent: 20 } },
    });
  });

  it('warns below the warning threshold and is a fault below the fault threshold', async () => {
    expect((await run(['/'], { '/': 4_000 })).status).toBe('warning');
    const fault = await run(['/', '/data'], { '/': 50_000, '/data': 500 });
    expect(fault).toMatchObject({
      status: 'fault',
      summary: { key: 'check.disk.space.low', params: { path: '/data' } },
    });
  });

  it('cannot check a folder that does not exist, and says which and why', async () => {
    const outcome = await run(['/missing'], {});
    expect(outcome).toMatchObject({
      status: 'unknown',
      summary: { key: 'check.disk.space.unreadable', params: { path: '/missing', problem: 'unreadable' } },
      // The OS's own word stays in the details, for IT.
      details: { paths: [{ path: '/missing', error: 'ENOENT' }] },
    });
  });

  it('watches the Windows system drive from %SystemDrive%', () => {
    expect(systemDrive('win32', { SystemDrive: 'D:' })).toBe('D:\\');
    expect(systemDrive('win32', {})).toBe('C:\\');
    expect(systemDrive('linux', {})).toBe('/');
  });
});
