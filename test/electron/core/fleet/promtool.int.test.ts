// The shipped Prometheus files judged by the real tools: promtool for the metrics text, the alert
// rules and their unit tests; amtool for the Alertmanager routing example.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { metricsText } from '../../../../electron/core/fleet/metrics-text';
import { computeReadiness } from '../../../../shared/readiness/readiness';
import { defaultPolicy } from '../../../../shared/policy/policy-schema';
import { enginePaths, missingEngines, runTool } from '../../../support/fleet/engines';
import {
  endpoint,
  extras,
  fault,
  fleetSnapshot,
  workstationWithEndpoints,
} from '../../../support/fleet/fleet-snapshot';

const prometheusDir = path.resolve(__dirname, '../../../../build/prometheus');
const promtoolMissing = missingEngines('promtool');
const amtoolMissing = missingEngines('amtool');

describe.skipIf(promtoolMissing !== '')(`promtool accepts what InvoiceGuard ships${promtoolMissing}`, () => {
  const readiness = computeReadiness(
    workstationWithEndpoints(0),
    defaultPolicy().calendar,
    Date.parse('2026-11-03T02:00:00Z'),
    {},
  );
  const variants = {
    'a healthy workstation with 20 endpoints': metricsText(workstationWithEndpoints(20), extras),
    'a workstation with faults, the tax device gone, backup and filing': metricsText(
      fleetSnapshot(
        [endpoint('dppt', null, 'fault')],
        [fault('network.service-down'), fault('tax-device.missing', { category: 'hardware' })],
      ),
      {
        ...extras,
        taxDevice: { present: false, lastSeenAt: '2026-11-26T08:00:00.000Z' },
        readiness: { readiness, timeZone: 'Asia/Shanghai' },
        backup: {
          configured: true,
          rpo: { targetHours: 26, newestAt: '2026-11-27T02:00:00.000Z' },
          rto: { seconds: 42.5, at: '2026-11-20T03:00:00.000Z', ok: false },
        },
      },
    ),
    'odd label values': metricsText(workstationWithEndpoints(1), {
      ...extras,
      identity: { site: '浦东 "一号" \\ 站', workstation: 'a\nb' },
    }),
    'a stopped watcher': metricsText(workstationWithEndpoints(1), { ...extras, phase: 'stopped' }),
    'a practice drill': metricsText(fleetSnapshot([], [], { simulated: true }), extras),
  };

  for (const [name, text] of Object.entries(variants)) {
    it(`promtool check metrics: ${name}`, async () => {
      const r = await runTool(enginePaths.promtool, ['check', 'metrics'], { input: text });
      expect(r, `${r.stdout}${r.stderr}`).toMatchObject({ code: 0, stdout: '', stderr: '' });
    });
  }

  it('promtool check rules: the alert rules', async () => {
    const r = await runTool(enginePaths.promtool, ['check', 'rules', 'invoiceguard-rules.yml'], { cwd: prometheusDir });
    expect(r, r.stderr).toMatchObject({ code: 0 });
    expect(r.stdout).toContain('SUCCESS: 11 rules found');
  });

  it('promtool test rules: every alert fires when it should and not before (and the site outage is one alert)', async () => {
    const r = await runTool(enginePaths.promtool, ['test', 'rules', 'invoiceguard-rules.test.yml'], {
      cwd: prometheusDir,
    });
    expect(r, `${r.stdout}${r.stderr}`).toMatchObject({ code: 0 });
    expect(r.stdout).toContain('SUCCESS');
  });
});

describe.skipIf(amtoolMissing !== '')(`amtool accepts the Alertmanager example${amtoolMissing}`, () => {
  it('amtool check-config, and InvoiceGuard alerts reach the IT receiver', async () => {
    const check = await runTool(enginePaths.amtool, ['check-config', 'alertmanager-example.yml'], {
      cwd: prometheusDir,
    });
    expect(check, check.stderr).toMatchObject({ code: 0 });
    const route = await runTool(
      enginePaths.amtool,
      [
        'config',
        'routes',
        'test',
        '--config.file=alertmanager-example.yml',
        '--verify.receivers=it-helpdesk',
        'alertname=InvoiceGuardSitePlatformUnreachable',
        'site=a',
      ],
      { cwd: prometheusDir },
    );
    expect(route, route.stderr).toMatchObject({ code: 0 });
  });
});
