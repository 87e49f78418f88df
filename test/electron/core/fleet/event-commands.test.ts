import { describe, expect, it } from 'vitest';
import {
  eventCreateCommand,
  eventLogId,
  journalCommand,
  loggerCommand,
} from '../../../../electron/core/fleet/event-commands';
import type { FleetEvent } from '../../../../electron/core/fleet/fleet-event';
import { faultCategories, severities } from '../../../../shared/model/fault';

const event = (
  kind: 'opened' | 'closed',
  category = 'hardware' as const,
  severity = 'critical' as const,
): FleetEvent => ({
  kind,
  at: '2026-11-27T08:00:00.000Z',
  incident: {
    faultId: 'tax-device.missing',
    category,
    severity,
    since: '2026-11-27T07:59:00.000Z',
    checkIds: ['usb.tax-device'],
  },
});
const identity = { site: 'pudong', workstation: 'pc-01' };

describe('the commands that write incidents to the local system log (recorded shapes)', () => {
  it('logger: RFC 5424 to the socket, our structured data through --sd-param, wrapped to die with the core', () => {
    const shape = loggerCommand(
      event('opened'),
      { socket: '/dev/log', facility: 'local0', identity, message: 'm "x"', pid: 7 },
      { logger: 'logger', setpriv: '/usr/bin/setpriv' },
    );
    expect(shape).toEqual({
      file: '/usr/bin/setpriv',
      args: [
        '--pdeathsig',
        'KILL',
        '--',
        'logger',
        '--rfc5424',
        '--socket-errors=on',
        '-u',
        '/dev/log',
        '-p',
        'local0.crit',
        '-t',
        'invoiceguard',
        '--id=7',
        '--msgid',
        'incident-opened',
        '--sd-id',
        'invoiceguard@32473',
        '--sd-param',
        'fault="tax-device.missing"',
        '--sd-param',
        'category="hardware"',
        '--sd-param',
        'severity="critical"',
        '--sd-param',
        'since="2026-11-27T07:59:00.000Z"',
        '--sd-param',
        'checks="usb.tax-device"',
        '--sd-param',
        'site="pudong"',
        '--sd-param',
        'workstation="pc-01"',
        '--',
        'm "x"',
      ],
    });
  });

  it('journal: one entry on stdin with a stable MESSAGE_ID and INVOICEGUARD_ fields', () => {
    const shape = journalCommand(
      event('closed'),
      { facility: 'local0', identity, message: 'closed\nnow' },
      { logger: 'logger' },
    );
    expect(shape.file).toBe('logger');
    expect(shape.args).toEqual(['--journald']);
    expect(shape.input?.split('\n')).toEqual([
      'MESSAGE=closed now',
      'MESSAGE_ID=9d84e7a1c3f24b6e8a5d0c1f2e3b4a57',
      'PRIORITY=5',
      'SYSLOG_FACILITY=16',
      'SYSLOG_IDENTIFIER=invoiceguard',
      'INVOICEGUARD_EVENT=closed',
      'INVOICEGUARD_FAULT=tax-device.missing',
      'INVOICEGUARD_CATEGORY=hardware',
      'INVOICEGUARD_SEVERITY=critical',
      'INVOICEGUARD_SINCE=2026-11-27T07:59:00.000Z',
      'INVOICEGUARD_CHECKS=usb.tax-device',
      'INVOICEGUARD_OPEN_SECONDS=60',
      'INVOICEGUARD_SITE=pudong',
      'INVOICEGUARD_WORKSTATION=pc-01',
      '',
    ]);
  });
});

describe('the Windows Event Log (recorded eventcreate shapes; not run on Windows here)', () => {
  it('writes an opened critical incident as an ERROR with its documented id, under source InvoiceGuard', () => {
    expect(eventCreateCommand(event('opened'), { identity, message: 'Tax device missing' })).toEqual({
      file: 'eventcreate',
      args: [
        '/L',
        'APPLICATION',
        '/SO',
        'InvoiceGuard',
        '/T',
        'ERROR',
        '/ID',
        '111',
        '/D',
        'Tax device missing | fault=tax-device.missing; category=hardware; severity=critical; since=2026-11-27T07:59:00.000Z; checks=usb.tax-device; site=pudong; workstation=pc-01',
      ],
    });
  });

  it('writes a closed incident as INFORMATION, 400 above its opening id', () => {
    const shape = eventCreateCommand(event('closed'), { identity, message: 'ok' });
    expect(shape.args.slice(4, 8)).toEqual(['/T', 'INFORMATION', '/ID', '511']);
  });

  it('gives every category and severity its own id within eventcreate’s 1–1000', () => {
    const ids = faultCategories.flatMap((c) =>
      severities.flatMap((s) => [
        eventLogId(event('opened', c as 'hardware', s as 'critical')),
        eventLogId(event('closed', c as 'hardware', s as 'critical')),
      ]),
    );
    expect(new Set(ids).size).toBe(24);
    expect(Math.min(...ids)).toBe(111);
    expect(Math.max(...ids)).toBe(543);
  });
});
