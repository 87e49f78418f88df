import { describe, expect, it } from 'vitest';
import {
  escapeParamValue,
  formatRfc5424,
  octetCounted,
  syslogSeverity,
} from '../../../../electron/core/fleet/syslog-format';
import type { FleetEvent } from '../../../../electron/core/fleet/fleet-event';
import { parseRfc5424 } from '../../../support/fleet/parse-rfc5424';

const opened: FleetEvent = {
  kind: 'opened',
  at: '2026-11-27T08:00:00.000Z',
  incident: {
    faultId: 'tax-device.missing',
    category: 'hardware',
    severity: 'critical',
    since: '2026-11-27T07:59:00.000Z',
    checkIds: ['usb.tax-device'],
  },
};
const options = {
  facility: 'local0' as const,
  hostname: 'pc-01',
  procId: '4242',
  identity: { site: 'pudong', workstation: 'pc-01' },
  message: 'InvoiceGuard: fault "Tax device missing" opened',
};

describe('RFC 5424 syslog messages of incidents', () => {
  it('carries fault id, category and severity as structured data, and the text with a BOM', () => {
    const line = formatRfc5424(opened, options);
    const parsed = parseRfc5424(line);
    expect(parsed).toMatchObject({
      pri: 16 * 8 + 2,
      version: 1,
      timestamp: '2026-11-27T08:00:00.000Z',
      hostname: 'pc-01',
      appName: 'invoiceguard',
      procId: '4242',
      msgId: 'incident-opened',
      bom: true,
      msg: options.message,
    });
    expect(parsed.sd['invoiceguard@32473']).toEqual({
      fault: 'tax-device.missing',
      category: 'hardware',
      severity: 'critical',
      since: '2026-11-27T07:59:00.000Z',
      checks: 'usb.tax-device',
      site: 'pudong',
      workstation: 'pc-01',
    });
  });

  it('says how long a closed incident was open, at notice severity', () => {
    const closed = { ...opened, kind: 'closed' as const, at: '2026-11-27T08:10:00.000Z' };
    const parsed = parseRfc5424(formatRfc5424(closed, options));
    expect(parsed.severity).toBe(5);
    expect(parsed.msgId).toBe('incident-closed');
    expect(parsed.sd['invoiceguard@32473']?.openSeconds).toBe('660');
  });

  it('maps severities: critical is crit, warning is warning, info is info', () => {
    const sev = (severity: 'critical' | 'warning' | 'info'): number =>
      syslogSeverity({ kind: 'opened', incident: { severity } });
    expect([sev('critical'), sev('warning'), sev('info')]).toEqual([2, 4, 6]);
  });

  it('escapes ", \\ and ] in parameter values, and keeps header fields printable ASCII', () => {
    expect(escapeParamValue('a"b\\c]d')).toBe('a\\"b\\\\c\\]d');
    const odd = formatRfc5424(opened, {
      ...options,
      hostname: '财务 电脑',
      identity: { site: 'x]"\\y', workstation: '财务电脑' },
      message: 'two\nlines',
    });
    const parsed = parseRfc5424(odd);
    expect(parsed.hostname).toBe('_____');
    expect(parsed.sd['invoiceguard@32473']).toMatchObject({ site: 'x]"\\y', workstation: '财务电脑' });
    expect(parsed.msg).toBe('two lines');
  });

  it('frames a TCP message by its length in bytes (RFC 6587 octet counting)', () => {
    expect(octetCounted('<1>1 开').toString('utf8')).toBe('8 <1>1 开');
  });
});
