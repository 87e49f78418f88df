// The fleet view end to end with the real engines: a core writes invoiceguard.prom, Debian's
// node_exporter serves it through its textfile collector, Debian's Prometheus scrapes it (and loads
// the shipped rules), and the test asks Prometheus's HTTP query API what arrived.
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { networkArea } from '../../../../electron/core/areas/network/network-area';
import { textfileName } from '../../../../electron/core/fleet/fleet-area';
import {
  enginePaths,
  missingEngines,
  promQuery,
  runTool,
  startNodeExporter,
  startPrometheus,
  waitFor,
  type Engine,
} from '../../../support/fleet/engines';
import { startFleetCore, type FleetCore } from '../../../support/fleet/fleet-core';

const repo = path.resolve(__dirname, '../../../..');
const missing = missingEngines('prometheus', 'promtool', 'nodeExporter', 'setpriv');

describe.skipIf(missing !== '')(`Prometheus and node_exporter read the fleet metrics${missing}`, () => {
  let dir: string;
  let textfileDir: string;
  let exporter: Engine;
  let prometheus: Engine;
  let fleet: FleetCore;
  let platform: net.Server;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'ig-prom-int-'));
    textfileDir = path.join(dir, 'textfile');
    await mkdir(textfileDir);
    // A tax platform on loopback for the endpoint check to reach.
    platform = net.createServer((s) => s.on('error', () => {}).end());
    platform.on('error', () => {});
    await new Promise<void>((resolve) => platform.listen(0, '127.0.0.1', resolve));
    const platformPort = (platform.address() as net.AddressInfo).port;
    exporter = await startNodeExporter(textfileDir);
    prometheus = await startPrometheus({
      ruleFiles: [path.join(repo, 'build/prometheus/invoiceguard-rules.yml')],
      scrapeConfigs: [
        '  - job_name: node',
        '    static_configs:',
        `      - targets: ['127.0.0.1:${exporter.port}']`,
      ].join('\n'),
    });
    fleet = await startFleetCore({
      dataDir: path.join(dir, 'data'),
      deviceConnected: true,
      extraAreas: [networkArea()],
      policy: {
        invoicing: { mode: 'tax-device' },
        network: {
          link: 'off',
          gateway: 'off',
          dns: { names: [] },
          endpoints: [{ name: 'dppt', host: '127.0.0.1', port: platformPort, kind: 'tcp' }],
          localServices: [],
          intervalSeconds: 5,
          failureThreshold: 1,
          retrySeconds: 1,
        },
        fleet: { textfileDir, site: 'int-site', workstation: 'pc-int' },
      },
    });
  });

  afterAll(async () => {
    await fleet?.stop();
    await prometheus?.stop();
    await exporter?.stop();
    if (platform?.listening) await new Promise((r) => platform.close(r));
    await rm(dir, { recursive: true, force: true });
  });

  const value = async (query: string): Promise<number | undefined> => {
    const result = await promQuery(prometheus.port, query);
    return result[0] ? Number(result[0].value[1]) : undefined;
  };
  const until = (what: string, query: string, expected: number): Promise<true> =>
    waitFor(what, 30_000, async () => ((await value(query)) === expected ? true : undefined));

  it('sees a healthy workstation with its labels, its endpoint latency and the build info', async () => {
    await until('the verdict yes', 'invoiceguard_verdict{can_invoice="yes"}', 1);
    const [verdict] = await promQuery(prometheus.port, 'invoiceguard_verdict{can_invoice="yes"}');
    expect(verdict?.metric).toMatchObject({ job: 'node', site: 'int-site', workstation: 'pc-int' });
    await until('the endpoint latency', 'count(invoiceguard_endpoint_latency_seconds{endpoint="dppt"})', 1);
    expect(await value('invoiceguard_tax_device_present')).toBe(1);
    expect(await value('invoiceguard_build_info')).toBe(1);
    expect(await value('node_textfile_scrape_error')).toBe(0);
    const text = await readFile(path.join(textfileDir, textfileName), 'utf8');
    const lint = await runTool(enginePaths.promtool, ['check', 'metrics'], { input: text });
    expect(lint, lint.stderr + lint.stdout).toMatchObject({ code: 0 });
  });

  it('sees the series change when the tax device is pulled, and the platform goes away', async () => {
    await until('the verdict yes', 'invoiceguard_verdict{can_invoice="yes"}', 1);
    fleet.usb.unplug('1-2');
    await until('the verdict no', 'invoiceguard_verdict{can_invoice="no"}', 1);
    expect(await value('invoiceguard_tax_device_present')).toBe(0);
    expect(await value('invoiceguard_incidents_open{category="hardware",severity="critical"}')).toBe(1);
    expect(await value('count(invoiceguard_fault_open_since_timestamp_seconds{fault="tax-device.missing"})')).toBe(1);
    expect(await value('changes(invoiceguard_verdict{can_invoice="no"}[5m])')).toBeGreaterThanOrEqual(1);
    expect(await value('time() - invoiceguard_tax_device_last_seen_timestamp_seconds')).toBeLessThan(120);

    await new Promise((r) => platform.close(r));
    await until('the endpoint fault', 'invoiceguard_check_status{check="network.endpoint.dppt"}', 3);
    expect(await value('count(invoiceguard_endpoint_latency_seconds{endpoint="dppt"})')).toBeUndefined();
    expect(await value('invoiceguard_incidents_open{category="network",severity="critical"}')).toBe(1);
  });

  it('loads the shipped rules, evaluates them without error, and answers every dashboard query', async () => {
    await waitFor('the rules evaluated', 30_000, async () => {
      const r = await fetch(`http://127.0.0.1:${prometheus.port}/api/v1/rules`);
      const body = (await r.json()) as { data: { groups: { rules: { health: string; lastError?: string }[] }[] } };
      const rules = body.data.groups.flatMap((g) => g.rules);
      const bad = rules.filter((rule) => rule.health !== 'ok');
      return rules.length === 11 && bad.length === 0 ? true : undefined;
    });
    expect(await value('invoiceguard:site_endpoint_checked:count{site="int-site",check="network.endpoint.dppt"}')).toBe(
      1,
    );
    const dashboard = JSON.parse(
      await readFile(path.join(repo, 'build/grafana/invoiceguard-month-end.json'), 'utf8'),
    ) as {
      panels: { title: string; targets: { expr: string }[] }[];
    };
    for (const panel of dashboard.panels) {
      for (const target of panel.targets) {
        await expect(
          promQuery(prometheus.port, target.expr.replaceAll('$site', '.*')),
          panel.title,
        ).resolves.toBeDefined();
      }
    }
    expect(await value('count(invoiceguard_verdict{can_invoice="no", site=~".*"} == 1) or vector(0)')).toBe(1);
  });
});
