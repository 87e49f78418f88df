import { describe, expect, it } from 'vitest';
import { validatePolicy } from '../../../shared/policy/parse-policy';
import { defaultPolicy } from '../../../shared/policy/policy-schema';

describe('the fleet section of the policy', () => {
  it('is all off by default: no folder, no server, no events', () => {
    expect(defaultPolicy().fleet).toEqual({
      textfileDir: null,
      serve: { enabled: false, address: '127.0.0.1', port: 9469 },
      syslog: {
        enabled: false,
        minSeverity: 'warning',
        transport: 'local',
        port: 514,
        socket: '/dev/log',
        facility: 'local0',
        language: 'en',
      },
      eventLog: { enabled: false, minSeverity: 'warning', language: 'en' },
    });
  });

  it('takes a Windows or Linux folder, a site and a workstation name', () => {
    for (const textfileDir of [
      'C:\\Program Files\\windows_exporter\\textfile_inputs',
      '/var/lib/prometheus/node-exporter',
    ]) {
      const r = validatePolicy({ fleet: { textfileDir, site: '上海浦东', workstation: 'CW-01' } });
      expect(r.ok).toBe(true);
    }
  });

  it('rejects a relative folder, a label with a control character and a collector without a host', () => {
    const bad = [
      { fleet: { textfileDir: 'textfile' } },
      { fleet: { site: 'a\nb' } },
      { fleet: { syslog: { enabled: true, transport: 'udp' } } },
      { fleet: { serve: { address: 'localhost' } } },
      { fleet: { syslog: { minSeverity: 'debug' } } },
    ];
    for (const input of bad) {
      const r = validatePolicy(input);
      expect(r.ok, JSON.stringify(input)).toBe(false);
    }
  });
});
