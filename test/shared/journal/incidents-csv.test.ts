import { describe, expect, it } from 'vitest';
import { csvCell, incidentsToCsv } from '../../../shared/journal/incidents-csv';
import { foldIncidents } from '../../../shared/journal/fold-incidents';
import { formatLocalTime, describeTimeZone, fileStamp } from '../../../shared/journal/local-time';
import { createTranslator } from '../../../shared/i18n/translator';
import type { JournalRecord } from '../../../shared/journal/record-schema';

const incident = foldIncidents([
  {
    v: 1,
    seq: 1,
    at: '2026-11-27T01:00:00.000Z',
    type: 'incident.opened',
    incident: 'i1',
    fault: {
      id: 'tax-device.missing',
      category: 'hardware',
      severity: 'critical',
      guide: 'tax-device.missing',
      checkIds: [],
      since: '2026-11-27T01:00:00.000Z',
    },
    readings: [],
    usb: [],
  },
  {
    v: 1,
    seq: 2,
    at: '2026-11-27T01:10:00.000Z',
    type: 'incident.note',
    incident: 'i1',
    text: '=HYPERLINK("http://x","点我"), 然后 "重插"',
  },
  {
    v: 1,
    seq: 3,
    at: '2026-11-27T01:12:00.000Z',
    type: 'incident.code',
    incident: 'i1',
    text: '-10317',
    recognised: true,
    code: '-10317',
    key: 'lib.cert-password',
  },
  {
    v: 1,
    seq: 4,
    at: '2026-11-27T01:30:00.000Z',
    type: 'incident.closed',
    incident: 'i1',
    how: 'cleared',
    readings: [],
    usb: [],
  },
] as JournalRecord[]);

describe('the CSV export', () => {
  it('has Chinese headers for zh-CN, a UTF-8 BOM, CRLF line ends and local times', () => {
    const csv = incidentsToCsv(incident, createTranslator('zh-CN'), 'Asia/Shanghai');
    expect(
      csv.startsWith(
        '\uFEFF编号,故障,故障代码,类别,严重程度,状态,开始时间,恢复时间,持续（分钟）,查过的错误代码,已完成的步骤,复查次数,备注,练习\r\n',
      ),
    ).toBe(true);
    const [, row] = csv.slice(1).split('\r\n');
    expect(row).toContain('i1,未插税控设备');
    expect(row).toContain('2026-11-27 09:00:00,2026-11-27 09:30:00,30');
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('quotes and defuses cells a spreadsheet would run as formulas', () => {
    const csv = incidentsToCsv(incident, createTranslator('en'), 'UTC');
    expect(csv).toContain(`"2026-11-27 01:10:00 =HYPERLINK(""http://x"",""点我""), 然后 ""重插"""`);
    expect(csv).toContain(`'-10317`);
    expect(csvCell('=1+1')).toBe("'=1+1");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('plain')).toBe('plain');
  });
});

describe('local times', () => {
  it('are shown in the given zone, 24-hour, and junk is returned as it came', () => {
    expect(formatLocalTime('2026-11-27T16:05:09.000Z', 'Asia/Shanghai')).toBe('2026-11-28 00:05:09');
    expect(formatLocalTime('not a time', 'UTC')).toBe('not a time');
    expect(describeTimeZone(Date.parse('2026-11-27T00:00:00Z'), 'Asia/Shanghai')).toBe('Asia/Shanghai (UTC+08:00)');
    expect(describeTimeZone(0, 'UTC')).toBe('UTC (UTC+00:00)');
    expect(fileStamp(Date.parse('2026-11-27T16:05:09Z'), 'Asia/Shanghai')).toBe('20261128-000509');
  });
});
