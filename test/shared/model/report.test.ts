import { describe, expect, it } from 'vitest';
import { buildCheckReport, exitCodeFor } from '../../../shared/model/report';
import { overallOf } from '../../../shared/model/snapshot';
import { createTranslator } from '../../../shared/i18n/translator';
import { fakeReading, fakeSnapshot } from '../../support/fake-snapshot';

describe('the overall state', () => {
  it('is a fault if any check is, a warning for warnings or checks that could not run, else ok', () => {
    expect(overallOf([{ status: 'ok' }, { status: 'fault' }, { status: 'warning' }])).toBe('fault');
    expect(overallOf([{ status: 'ok' }, { status: 'unknown' }])).toBe('warning');
    expect(overallOf([{ status: 'ok' }])).toBe('ok');
    expect(overallOf([])).toBe('ok');
  });

  it('maps to the monitoring-plugin exit codes IT scripts use', () => {
    expect([exitCodeFor('ok'), exitCodeFor('warning'), exitCodeFor('fault')]).toEqual([0, 1, 2]);
  });
});

describe('the --json report', () => {
  it('has exactly the documented version-1 fields, with texts in the chosen language', () => {
    const snapshot = fakeSnapshot({
      overall: 'warning',
      checks: [
        fakeReading({ status: 'warning', summary: { key: 'check.disk.space.low', params: { path: '/', freeGiB: 2 } } }),
      ],
      faults: [
        {
          id: 'disk.low-space',
          category: 'hardware',
          severity: 'warning',
          guide: 'disk.low-space',
          checkIds: ['disk.space'],
          since: '2026-11-27T08:00:00.000Z',
        },
      ],
    });
    const report = buildCheckReport(snapshot, createTranslator('zh-CN'));
    // Every version-1 field, plus the documented additions (verdict, invoicing; checked per check).
    expect(Object.keys(report)).toEqual([
      'version',
      'overall',
      'checkedAt',
      'verdict',
      'invoicing',
      'checks',
      'faults',
    ]);
    expect(report.checks[0]).toEqual({
      id: 'disk.space',
      area: 'disk',
      status: 'warning',
      summary: '/ 剩余空间不足：只剩 2 GB',
      details: {},
      checked: true,
    });
    expect(report.faults[0]).toEqual({
      id: 'disk.low-space',
      category: 'hardware',
      severity: 'warning',
      title: '磁盘空间不足',
      guide: 'disk.low-space',
    });
  });
});
