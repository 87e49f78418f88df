// Fleet monitoring (issue 16): what one metrics refresh costs beside a check cycle, how big the file
// is for a workstation with 20 endpoints, and the shipped alert rules evaluated by the real
// Prometheus over a synthetic fleet of 500 workstations (all on loopback).
import http from 'node:http';
import net from 'node:net';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createCore } from '../electron/core/core';
import { networkArea } from '../electron/core/areas/network/network-area';
import { metricsText, type MetricsExtras } from '../electron/core/fleet/metrics-text';
import { writeAtomically } from '../electron/core/fleet/atomic-write';
import { validatePolicy } from '../shared/policy/parse-policy';
import type { Snapshot } from '../shared/model/snapshot';
import { composeSnapshot } from '../shared/model/snapshot';
import { byMode } from './support/bench-mode';
import { recordFigure, recordMissing } from './support/record';
import { workstationWithEndpoints } from '../test/support/fleet/fleet-snapshot';
import { missingEngines, promQuery, startPrometheus, waitFor } from '../test/support/fleet/engines';

const repo = fileURLToPath(new URL('..', import.meta.url));
const endpoints = 20;
const cpuMs = (u: NodeJS.CpuUsage): number => (u.user + u.system) / 1000;

// --- one workstation: a real core checking 20 loopback endpoints --------------------------------
const servers = await Promise.all(
  Array.from({ length: endpoints }, async () => {
    const s = net.createServer((c) => c.on('error', () => {}).end());
    s.on('error', () => {});
    await new Promise<void>((resolve) => s.listen(0, '127.0.0.1', resolve));
    return s;
  }),
);
const parsed = validatePolicy({
  network: {
    link: 'off',
    gateway: 'off',
    dns: { names: [] },
    localServices: [],
    endpoints: servers.map((s, i) => ({
      name: `platform-${String(i + 1).padStart(2, '0')}`,
      host: '127.0.0.1',
      port: (s.address() as net.AddressInfo).port,
      kind: 'tcp' as const,
    })),
  },
});
if (!parsed.ok) throw new Error('bench policy invalid');
const core = createCore({
  loaded: { policy: parsed.policy, status: { source: 'default', issues: [] } },
  areas: [networkArea()],
  platform: process.platform,
  version: 'bench',
});
await core.handlers.runChecks({});
const cycles = byMode({ full: 30, quick: 10 });
const cycleCpu: number[] = [];
for (let i = 0; i < cycles; i++) {
  const before = process.cpuUsage();
  await core.handlers.runChecks({});
  cycleCpu.push(cpuMs(process.cpuUsage(before)));
}
// The real endpoint readings beside the other areas' usual checks (as the fixtures have them): the
// file a whole workstation with 20 endpoints writes.
const networkChecks = core.snapshot().checks;
const others = workstationWithEndpoints(0).checks.filter((c) => !c.id.startsWith('network.'));
const snapshot: Snapshot = composeSnapshot({ ...core.snapshot(), checks: [...others, ...networkChecks] });
await core.stop();
await Promise.all(servers.map((s) => new Promise((r) => s.close(r))));

const extras: MetricsExtras = {
  identity: { site: 'bench-site', workstation: 'bench-pc-001' },
  app: {
    version: '0.1.0',
    platform: process.platform,
    coreBuild: 'production',
    coreStartedAt: new Date().toISOString(),
  },
  taxDevice: { present: true, lastSeenAt: new Date().toISOString() },
};
const dir = await mkdtemp(path.join(tmpdir(), 'ig-fleet-bench-'));
const file = path.join(dir, 'invoiceguard.prom');
for (let i = 0; i < 50; i++) await writeAtomically(file, metricsText(snapshot, extras)); // warm up
const refreshCpu: number[] = [];
const textCpu: number[] = [];
for (let i = 0; i < 500; i++) {
  const before = process.cpuUsage();
  const text = metricsText(snapshot, extras);
  const mid = process.cpuUsage(before);
  await writeAtomically(file, text);
  refreshCpu.push(cpuMs(process.cpuUsage(before)));
  textCpu.push(cpuMs(mid) * 1000);
}
const bytes = (await stat(file)).size;
await rm(dir, { recursive: true, force: true });

recordFigure({
  id: 'fleet.refresh.cpu',
  title: 'Fleet: CPU of one metrics refresh (text + atomic write), 20 endpoints',
  unit: 'ms',
  samples: refreshCpu,
  target: { statistic: 'median', comparison: '<', value: 1, note: 'issue 16' },
});
recordFigure({
  id: 'fleet.refresh.text-cpu',
  title: 'Fleet: CPU of the exposition text alone, 20 endpoints',
  unit: 'us',
  samples: textCpu,
});
recordFigure({
  id: 'fleet.check-cycle.cpu',
  title: 'Fleet: CPU of the check cycle beside it (runChecks over 20 loopback endpoints)',
  unit: 'ms',
  samples: cycleCpu,
});
const sortedRefresh = [...refreshCpu].sort((a, b) => a - b);
const sortedCycle = [...cycleCpu].sort((a, b) => a - b);
recordFigure({
  id: 'fleet.refresh.ratio',
  title: 'Fleet: metrics refresh ÷ check cycle (CPU medians)',
  unit: 'ratio',
  value: sortedRefresh[Math.floor(sortedRefresh.length / 2)]! / sortedCycle[Math.floor(sortedCycle.length / 2)]!,
  runs: refreshCpu.length,
});
recordFigure({
  id: 'fleet.textfile.bytes',
  title: 'Fleet: invoiceguard.prom for a workstation with 20 endpoints',
  unit: 'bytes',
  value: bytes,
  context: { checks: snapshot.checks.length, lines: metricsText(snapshot, extras).split('\n').length - 1 },
});

// --- 500 workstations in the real Prometheus ----------------------------------------------------
const missing = missingEngines('prometheus', 'setpriv');
if (missing) {
  recordMissing({
    component: 'Prometheus (Debian prometheus) and setpriv',
    reason: missing.trim(),
    install: 'apt-get install prometheus util-linux',
    effect: 'the alert-rule evaluation over 500 workstations was not measured',
  });
} else {
  await fleetInPrometheus();
}

async function fleetInPrometheus(): Promise<void> {
  const workstations = 500;
  const sites = 10;
  const interval = 5;
  // Site 03 loses the dppt platform on 70 % of its PCs; a few PCs elsewhere cannot invoice on their own.
  const exposition = (n: number): string => {
    const site = `site-${String(n % sites).padStart(2, '0')}`;
    const down = site === 'site-03' && n % 10 < 7;
    const ownTrouble = n % 97 === 0;
    const checks = snapshot.checks.map((c) =>
      down && c.id === 'network.endpoint.platform-01'
        ? { ...c, status: 'fault' as const, details: { ...c.details, tcpOk: false, latencyMs: null } }
        : c,
    );
    const faults =
      down || ownTrouble
        ? [
            {
              id: down ? 'network.service-down' : 'tax-device.missing',
              category: down ? ('network' as const) : ('hardware' as const),
              severity: 'critical' as const,
              guide: 'g',
              checkIds: [down ? 'network.endpoint.platform-01' : 'usb.tax-device'],
              since: new Date().toISOString(),
            },
          ]
        : [];
    const s: Snapshot = composeSnapshot({ ...snapshot, checks, faults, updatedAt: new Date().toISOString() });
    return metricsText(s, { ...extras, identity: { site, workstation: `pc-${n}` } });
  };
  const server = http.createServer((req, res) => {
    res.on('error', () => {});
    const n = Number(/^\/ws\/(\d+)$/.exec(req.url ?? '')?.[1] ?? -1);
    if (n < 0 || n >= workstations) return void res.writeHead(404).end();
    res.writeHead(200, { 'Content-Type': 'text/plain; version=0.0.4' }).end(exposition(n));
  });
  server.on('error', () => {});
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as net.AddressInfo).port;
  const targets = Array.from({ length: workstations }, (_, n) =>
    [
      `      - targets: ['127.0.0.1:${port}']`,
      `        labels: { __metrics_path__: '/ws/${n}', instance: 'pc-${n}:9100' }`,
    ].join('\n'),
  ).join('\n');
  const prometheus = await startPrometheus({
    scrapeInterval: `${interval}s`,
    evaluationInterval: `${interval}s`,
    ruleFiles: [path.join(repo, 'build/prometheus/invoiceguard-rules.yml')],
    scrapeConfigs: ['  - job_name: node', '    static_configs:', targets].join('\n'),
  });
  try {
    const rulesUrl = `http://127.0.0.1:${prometheus.port}/api/v1/rules`;
    type Group = {
      evaluationTime: number;
      lastEvaluation: string;
      rules: { name: string; health: string; evaluationTime: number }[];
    };
    const group = async (): Promise<Group> => {
      const body = (await (await fetch(rulesUrl)).json()) as { data: { groups: Group[] } };
      return body.data.groups[0]!;
    };
    await waitFor('every workstation scraped', 60_000, async () => {
      const [up] = await promQuery(prometheus.port, 'count(invoiceguard_running)');
      return Number(up?.value[1]) === workstations ? true : undefined;
    });
    const samples: number[] = [];
    const perRule = new Map<string, number[]>();
    let last = '';
    const wanted = byMode({ full: 12, quick: 4 });
    await waitFor('rule evaluations', (wanted + 4) * interval * 1000, async () => {
      const g = await group();
      if (g.lastEvaluation !== last && g.rules.every((r) => r.health === 'ok')) {
        last = g.lastEvaluation;
        samples.push(g.evaluationTime * 1000);
        for (const r of g.rules) perRule.set(r.name, [...(perRule.get(r.name) ?? []), r.evaluationTime * 1000]);
      }
      return samples.length >= wanted ? true : undefined;
    });
    const medianOf = (v: number[]): number => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)] ?? 0;
    const [slowest, slowestMs] = [...perRule]
      .map(([n, v]) => [n, medianOf(v)] as const)
      .sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
    const [series] = await promQuery(prometheus.port, 'count({__name__=~"invoiceguard_.+"})');
    const [siteAlerts] = await promQuery(
      prometheus.port,
      'count(ALERTS{alertname="InvoiceGuardSitePlatformUnreachable"})',
    );
    const [recorded] = await promQuery(prometheus.port, 'count(invoiceguard:site_endpoint_down)');
    const [pcAlerts] = await promQuery(prometheus.port, 'count(ALERTS{alertname="InvoiceGuardCannotInvoice"})');
    const [cannot] = await promQuery(prometheus.port, 'count(invoiceguard_verdict{can_invoice="no"} == 1)');
    recordFigure({
      id: 'fleet.prometheus.rule-evaluation',
      title: 'Fleet: one evaluation of the shipped rules over 500 workstations (real Prometheus)',
      unit: 'ms',
      samples: samples.slice(1),
      context: {
        workstations,
        sites,
        prometheus: '2.42 (Debian)',
        site_outages_recorded: Number(recorded?.value[1] ?? 0),
        site_alerts: Number(siteAlerts?.value[1] ?? 0),
        workstations_cannot_invoice: Number(cannot?.value[1] ?? 0),
        cannot_invoice_alerts: Number(pcAlerts?.value[1] ?? 0),
        slowest_rule: slowest,
        slowest_rule_ms: slowestMs,
      },
    });
    recordFigure({
      id: 'fleet.prometheus.series',
      title: 'Fleet: invoiceguard_ series in Prometheus for 500 workstations',
      unit: 'count',
      value: Number(series?.value[1] ?? 0),
      context: { per_workstation: Number(series?.value[1] ?? 0) / workstations },
    });
  } finally {
    await prometheus.stop();
    await new Promise((r) => server.close(r));
  }
}
