import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluateCrashes, evaluateSecurity } from '../../../../../electron/core/areas/system/system-probes';
import {
  parseWindowsCrashes,
  parseWindowsReboot,
  parseWindowsSecurity,
} from '../../../../../electron/core/areas/system/windows-system-parse';

const fixture = (name: string): string =>
  readFileSync(path.resolve(__dirname, '../../../../fixtures/windows', name), 'utf8');

describe('Windows system log, reboot and security (recorded shapes)', () => {
  it('counts Kernel-Power 41 with its EventLog 6008 as one unexpected shutdown, and a BugCheck as a blue screen', () => {
    const read = parseWindowsCrashes(fixture('events-crashes.json'));
    if (!read.ok) throw new Error(read.reason);
    expect(read.events.map((e) => e.kind)).toEqual(['unexpected-shutdown', 'blue-screen']);
    const outcome = evaluateCrashes(read, 7);
    expect(outcome).toMatchObject({
      status: 'warning',
      summary: { params: { count: 2, days: 7 } },
      details: { blueScreens: 1 },
    });
  });

  it('reads an empty event list as no crashes, and garbage as unknown', () => {
    expect(evaluateCrashes(parseWindowsCrashes(fixture('events-none.json')), 7).status).toBe('ok');
    expect(evaluateCrashes(parseWindowsCrashes('Get-WinEvent : 拒绝访问'), 7).status).toBe('unknown');
  });

  it('counts Windows Update and servicing markers as a pending reboot, not pending file renames alone', () => {
    expect(parseWindowsReboot(fixture('reboot-pending.json'))).toEqual({
      ok: true,
      pending: true,
      markers: ['wu', 'fileRenames'],
    });
    expect(parseWindowsReboot('{"cbs":false,"wu":false,"fileRenames":true}')).toMatchObject({ pending: false });
  });

  it('accepts a third-party antivirus (Huorong) with Defender off, and names the firewall profile that is off', () => {
    const outcome = evaluateSecurity(parseWindowsSecurity(fixture('security-third-party-av.json')));
    expect(outcome).toMatchObject({ status: 'warning', summary: { key: 'check.security.status.firewallOff' } });
    expect(outcome.details).toMatchObject({ avOn: true, avProducts: ['火绒安全软件'], firewallOff: ['Public'] });
  });

  it('reports antivirus and firewall both off', () => {
    const outcome = evaluateSecurity(parseWindowsSecurity(fixture('security-all-off.json')));
    expect(outcome).toMatchObject({
      status: 'warning',
      summary: { key: 'check.security.status.bothOff' },
      details: { avOn: false },
    });
  });

  it('on Windows Server (no Security Center) relies on Defender and reads numeric firewall flags', () => {
    const outcome = evaluateSecurity(parseWindowsSecurity(fixture('security-server-no-center.json')));
    expect(outcome).toMatchObject({ status: 'ok' });
  });

  it('garbage or nothing readable is unknown', () => {
    expect(evaluateSecurity(parseWindowsSecurity('<<garbage>>')).status).toBe('unknown');
    expect(
      evaluateSecurity(parseWindowsSecurity('{"defenderError":"x","productsError":"y","firewallError":"z"}')).status,
    ).toBe('unknown');
  });

  it('reads objects where it expects text or numbers as missing, instead of throwing (found by the property test)', () => {
    const odd = '{"toString":0}';
    const security = parseWindowsSecurity(
      `{"firewall":{"Name":${odd},"Enabled":false},"products":[{"displayName":${odd},"productState":${odd}}]}`,
    );
    expect(security).toMatchObject({ ok: true, firewallOff: [''], avProducts: [] });
    const crashes = parseWindowsCrashes(
      `{"events":[{"Id":${odd},"ProviderName":${odd},"TimeCreated":"2026-11-30T08:00:00Z"}]}`,
    );
    expect(crashes).toMatchObject({ ok: true, events: [{ kind: 'unexpected-shutdown', source: '' }] });
  });
});
