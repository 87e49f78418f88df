import { describe, expect, it } from 'vitest';
import { outboundOf, settingsModel } from '../../../renderer/src/views/settings-model';
import { fakeReading, fakeSnapshot } from '../../support/fake-snapshot';

describe('the settings and about view', () => {
  it('names the policy in force, with each problem’s JSON path when the file is bad', () => {
    const snapshot = fakeSnapshot({
      policy: {
        source: 'cli',
        path: '/etc/invoiceguard/policy.json',
        issues: [{ path: '$.disk.warnFreeMiB', message: { key: 'policy.rule.number' } }],
      },
    });
    expect(settingsModel(snapshot).policy).toEqual({
      sourceKey: 'ui.settings.policySource.cli',
      path: '/etc/invoiceguard/policy.json',
      issues: [{ path: '$.disk.warnFreeMiB', message: { key: 'policy.rule.number' } }],
    });
  });

  it('says how this PC invoices and why, and lists what is not checked', () => {
    const skipped = fakeReading({ id: 'clock.offset', status: 'unknown', notChecked: true });
    const model = settingsModel(
      fakeSnapshot({ invoicing: { mode: 'digital', because: 'default' }, checks: [fakeReading(), skipped] }),
    );
    expect(model.invoicing).toEqual({
      modeKey: 'ui.invoicing.mode.digital',
      becauseKey: 'ui.invoicing.because.digital.default',
    });
    expect(model.notChecked).toEqual([skipped]);
  });

  it('lists exactly what the configured checks send beyond this computer', () => {
    expect(
      outboundOf([
        fakeReading({ id: 'network.gateway', details: { address: '192.0.2.1' } }),
        fakeReading({
          id: 'network.dns',
          details: { names: [{ name: 'etax.example.cn', result: 'ok' }], server: 'system' },
        }),
        fakeReading({ id: 'network.endpoint.etax', details: { host: 'etax.example.cn', port: 443 } }),
        fakeReading({ id: 'clock.offset', details: { server: 'ntp.example.cn' } }),
        fakeReading({ id: 'network.endpoint.off', notChecked: true, details: { host: 'x.example.cn', port: 1 } }),
        fakeReading({ id: 'disk.space' }),
      ]).map((o) => o.message),
    ).toEqual([
      { key: 'ui.settings.sends.gateway', params: { address: '192.0.2.1' } },
      { key: 'ui.settings.sends.dns', params: { names: 'etax.example.cn' } },
      { key: 'ui.settings.sends.endpoint', params: { host: 'etax.example.cn', port: 443 } },
      { key: 'ui.settings.sends.ntp', params: { server: 'ntp.example.cn' } },
    ]);
  });
});
