// Incident events through the real sinks to a real receiver: rsyslogd started by the test with
// imudp, imtcp and imuxsock (a socket of its own, standing in for /dev/log), writing each raw
// message and what it parsed of it; the raw lines are read back as RFC 5424.
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commandSink, tcpSink, udpSink, type EventSink } from '../../../../electron/core/fleet/event-sinks';
import { loggerCommand } from '../../../../electron/core/fleet/event-commands';
import { formatRfc5424 } from '../../../../electron/core/fleet/syslog-format';
import type { FleetEvent } from '../../../../electron/core/fleet/fleet-event';
import { runCommand } from '../../../../electron/core/exec/run-command';
import {
  enginePaths,
  freePort,
  missingEngines,
  startRsyslog,
  waitFor,
  type Rsyslog,
} from '../../../support/fleet/engines';
import { parseRfc5424 } from '../../../support/fleet/parse-rfc5424';

const identity = { site: '浦东', workstation: 'pc-syslog' };
const event = (faultId: string, kind: 'opened' | 'closed' = 'opened'): FleetEvent => ({
  kind,
  at: new Date().toISOString(),
  incident: {
    faultId,
    category: 'network',
    severity: 'critical',
    since: '2026-11-27T07:59:00.000Z',
    checkIds: ['network.endpoint.dppt'],
  },
});
const format = (e: FleetEvent): string =>
  formatRfc5424(e, {
    facility: 'local3',
    hostname: 'pc-syslog',
    procId: '99',
    identity,
    message: `开票卫士: ${e.incident.faultId} ${e.kind} "quoted" [x]`,
  });
const missing = missingEngines('rsyslogd', 'logger', 'setpriv');

describe.skipIf(missing !== '')(`incident events reach a real rsyslogd as RFC 5424${missing}`, () => {
  let rsyslog: Rsyslog;
  const sinks: EventSink[] = [];
  beforeAll(async () => {
    rsyslog = await startRsyslog();
  });
  afterAll(async () => {
    await Promise.all(sinks.map((s) => s.close()));
    await rsyslog?.stop();
  });

  /** The message rsyslog received for a fault, parsed, and what rsyslog itself parsed of it. */
  async function received(faultId: string): Promise<{ raw: ReturnType<typeof parseRfc5424>; parsed: string }> {
    return waitFor(`rsyslog to receive ${faultId}`, 10_000, async () => {
      const raw = (await rsyslog.raw()).find((l) => l.includes(`fault="${faultId}"`));
      const parsed = (await rsyslog.parsed()).find((l) => l.includes(`fault="${faultId}"`));
      return raw && parsed ? { raw: parseRfc5424(raw), parsed } : undefined;
    });
  }

  it('over UDP: the message as formatted, with fault id, category and severity in structured data', async () => {
    const sink = udpSink({ host: '127.0.0.1', port: rsyslog.udpPort, format, log: () => {} });
    sinks.push(sink);
    sink.send(event('udp.fault'));
    const { raw, parsed } = await received('udp.fault');
    expect(raw).toMatchObject({
      facility: 19,
      severity: 2,
      appName: 'invoiceguard',
      msgId: 'incident-opened',
      bom: true,
    });
    expect(raw.sd['invoiceguard@32473']).toMatchObject({
      fault: 'udp.fault',
      category: 'network',
      severity: 'critical',
      site: '浦东',
    });
    expect(raw.msg).toBe('开票卫士: udp.fault opened "quoted" [x]');
    // rsyslog's own RFC 5424 parser agrees: facility, severity, app, procid, msgid, structured data.
    expect(parsed.split('|').slice(0, 5)).toEqual(['19', '2', 'invoiceguard', '99', 'incident-opened']);
  });

  it('over TCP with octet counting, several messages on one connection', async () => {
    const sink = tcpSink({ host: '127.0.0.1', port: rsyslog.tcpPort, format, log: () => {} });
    sinks.push(sink);
    sink.send(event('tcp.first'));
    sink.send(event('tcp.first', 'closed'));
    sink.send(event('tcp.second'));
    const { raw } = await received('tcp.second');
    expect(raw.sd['invoiceguard@32473']).toMatchObject({ fault: 'tcp.second' });
    const lines = (await rsyslog.raw()).filter((l) => l.includes('fault="tcp.first"')).map(parseRfc5424);
    expect(lines.map((l) => l.msgId)).toEqual(['incident-opened', 'incident-closed']);
    expect(lines[1]?.severity).toBe(5);
  });

  it('to the local socket through logger (util-linux), our structured data intact', async () => {
    const sink = commandSink({
      shape: (e) =>
        loggerCommand(
          e,
          { socket: rsyslog.socket, facility: 'local0', identity, message: `local ${e.incident.faultId}`, pid: 1234 },
          { logger: enginePaths.logger, setpriv: enginePaths.setpriv },
        ),
      run: runCommand,
      log: (l) => {
        throw new Error(l);
      },
    });
    sinks.push(sink);
    sink.send(event('local.fault'));
    const { raw, parsed } = await received('local.fault');
    expect(raw).toMatchObject({
      facility: 16,
      severity: 2,
      appName: 'invoiceguard',
      procId: '1234',
      msgId: 'incident-opened',
    });
    expect(raw.sd['invoiceguard@32473']).toMatchObject({
      fault: 'local.fault',
      category: 'network',
      severity: 'critical',
      workstation: 'pc-syslog',
    });
    expect(raw.msg).toBe('local local.fault');
    expect(parsed.split('|').slice(0, 5)).toEqual(['16', '2', 'invoiceguard', '1234', 'incident-opened']);
  });
});

describe('the TCP sink when the collector is down', () => {
  it('keeps the events and delivers them once the collector is back', async () => {
    const port = await freePort();
    const logged: string[] = [];
    const sink = tcpSink({ host: '127.0.0.1', port, format, log: (l) => logged.push(l) });
    sink.send(event('while.down'));
    await waitFor('the refused connection', 5_000, async () =>
      logged.some((l) => l.includes('ECONNREFUSED')) ? true : undefined,
    );
    let got = '';
    const collector = net.createServer((s) => {
      s.on('error', () => {});
      s.on('data', (d) => (got += d.toString()));
    });
    collector.on('error', () => {});
    await new Promise<void>((resolve) => collector.listen(port, '127.0.0.1', resolve));
    try {
      await waitFor('the retried delivery', 10_000, async () =>
        got.includes('fault="while.down"') ? true : undefined,
      );
      const [length, ...rest] = got.split(' ');
      expect(Number(length)).toBe(Buffer.byteLength(rest.join(' ')));
    } finally {
      await sink.close();
      await new Promise((r) => collector.close(r));
    }
  });
});
