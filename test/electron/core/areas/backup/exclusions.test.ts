import { describe, expect, it } from 'vitest';
import { excluder } from '../../../../../electron/core/areas/backup/exclusions';

describe('exclusion patterns', () => {
  it('match a name at any depth without "/", a path with it, ignoring case', () => {
    const excluded = excluder(['*.tmp', '~$*', 'Log/**']);
    expect(excluded('a/b/report.TMP')).toBe(true);
    expect(excluded('发票/~$草稿.xlsx')).toBe(true);
    expect(excluded('log/2026-12.txt')).toBe(true);
    expect(excluded('Log')).toBe(true);
    expect(excluded('data/Log/keep.txt')).toBe(false);
    expect(excluded('发票/正式.xml')).toBe(false);
    expect(excluded('')).toBe(false);
  });

  it('exclude nothing without patterns', () => {
    expect(excluder([])('anything.tmp')).toBe(false);
  });
});
