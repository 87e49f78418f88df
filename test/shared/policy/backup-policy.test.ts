import { describe, expect, it } from 'vitest';
import { validatePolicy } from '../../../shared/policy/parse-policy';
import { backupConfigured } from '../../../shared/policy/backup-policy';

const issuesOf = (backup: unknown): string[] => {
  const r = validatePolicy({ version: 1, backup });
  return r.ok ? [] : r.issues.map((i) => `${i.path} ${i.message.key}`);
};

describe('the policy backup section', () => {
  it('is off (not configured) by default, with daily 12:30, RPO 26 h, 30 snapshots / 90 days', () => {
    const r = validatePolicy({ version: 1 });
    expect(r.ok && r.policy.backup).toMatchObject({
      sources: [],
      destinations: [],
      schedule: { dailyAt: '12:30' },
      rpoHours: 26,
      retention: { keepLast: 30, keepDays: 90 },
    });
    expect(r.ok && backupConfigured(r.policy.backup)).toBe(false);
  });

  it('accepts Windows, UNC and POSIX paths, and an interval schedule', () => {
    expect(
      issuesOf({
        sources: [{ path: 'C:\\开票软件\\Data' }, { path: '/home/cw/data', name: '数据二' }],
        destinations: [
          { path: 'E:\\', kind: 'usb' },
          { path: '\\\\nas\\share\\pc1', kind: 'network' },
        ],
        schedule: { everyHours: 4 },
      }),
    ).toEqual([]);
  });

  it.each([
    [{ sources: [{ path: 'relative\\data' }] }, '$.backup.sources[0].path policy.rule.backupAbsolutePath'],
    [{ schedule: { dailyAt: '25:00' } }, '$.backup.schedule.dailyAt policy.rule.timeOfDay'],
    [{ schedule: { dailyAt: '12:00', everyHours: 2 } }, '$.backup.schedule policy.rule.backupScheduleOne'],
    [
      { sources: [{ path: 'D:\\Data' }], destinations: [{ path: 'd:\\data\\backup' }] },
      '$.backup.destinations[0].path policy.rule.backupOverlap',
    ],
    [
      { sources: [{ path: 'C:\\a\\Data' }, { path: 'D:\\b\\data' }] },
      '$.backup.sources[1].name policy.rule.uniqueNames',
    ],
    [{ retention: { keepLast: 0 } }, '$.backup.retention.keepLast policy.issue.tooSmall'],
    [{ sources: [{ path: '/x', typo: 1 }] }, '$.backup.sources[0].typo policy.issue.unknownKeys'],
  ])('refuses %j', (backup, issue) => {
    expect(issuesOf(backup)).toContain(issue);
  });
});
