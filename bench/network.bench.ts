// Network diagnosis figures (issue 4), all against real servers on 127.0.0.1 and a real core:
//  1. detection time from an endpoint going down to its fault opening, default thresholds;
//  2. a sweep of 50 endpoints vs the slowest single one (parallel checks, each under its own timeout);
//  3. false faults over 10,000 checks with random isolated failures.
// Every policy here has link and gateway probes off and no public names: nothing leaves loopback.
import http from 'node:http';
import type net from 'node:net';
import { createCore } from '../electron/core/core';
import { checkEndpoint } from '../electron/core/areas/network/endpoint-check';
import { networkArea } from '../electron/core/areas/network/network-area';
import { createHostResolver } from '../electron/core/areas/network/resolve-host';
import { validatePolicy } from '../shared/policy/parse-policy';
import { defaultPolicy, type PolicyInput } from '../shared/policy/policy-schema';
import type { Snapshot } from '../shared/model/snapshot';
import { byMode } from './support/bench-mode';
import { recordFigure } from './support/record';
import { median, repeat } from './support/stats';

type Mode = 'ok' | 'refuse' | 'hang' | 'error';

/** A loopback HTTP server whose behaviour can be switched: answer 200, answer 503, hang, or be closed. */
async function switchableServer(
  delayMs = 0,
): Promise<{ port: number; set(mode: Mode): Promise<void>; close(): Promise<void> }> {
  let mode: Mode = 'ok';
  const sockets = new Set<net.Socket>();
  const server = http.createServer((_req, res) => {
    if (mode === 'hang') return;
    setTimeout(() => res.writeHead(mode === 'error' ? 503 : 200, { Connection: 'close' }).end(), delayMs);
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as net.AddressInfo).port;
  const stop = (): Promise<void> =>
    new Promise((r) => {
      sockets.forEach((s) => s.destroy());
      server.close(() => r());
    });
  return {
    port,
    async set(next) {
      if (next === 'refuse' && server.listening) await stop();
      else if (next !== 'refuse' && !server.listening)
        await new Promise<void>((r) => server.listen(port, '127.0.0.1', r));
      mode = next;
    },
    close: () => (server.listening ? stop() : Promise.resolve()),
  };
}

function loopbackCore(network: NonNullable<PolicyInput['network']>) {
  const parsed = validatePolicy({ network: { link: 'off', gateway: 'off', dns: { names: [] }, ...network } });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return createCore({
    loaded: { policy: parsed.policy, status: { source: 'cli', issues: [] } },
    areas: [networkArea()],
    platform: process.platform,
    version: 'bench',
  });
}

const hasFault = (s: Snapshot, id: string): boolean => s.faults.some((f) => f.id === id);

// 1. Detection time, default thresholds (N=3 failures, retry 5 s, timeout 5 s).
const defaults = defaultPolicy().network;
const targetMs = defaults.failureThreshold * defaults.retrySeconds * 1000 + defaults.timeoutMs;
for (const mode of ['refuse', 'hang'] as const) {
  const samples = await repeat(byMode({ full: 3, quick: 1 }), async () => {
    const server = await switchableServer();
    // A second, healthy endpoint so the verdict can blame the one service.
    const other = await switchableServer();
    const core = loopbackCore({
      endpoints: [
        { name: 'target', host: '127.0.0.1', port: server.port, kind: 'http' },
        { name: 'other', host: '127.0.0.1', port: other.port, kind: 'http' },
      ],
    });
    core.start();
    await core.handlers.runChecks({});
    const opened = new Promise<number>((resolve) => {
      const off = core.onSnapshot((s) => {
        if (hasFault(s, 'network.service-down')) {
          off();
          resolve(performance.now());
        }
      });
    });
    await server.set(mode);
    // The endpoint goes down just before its check: detection counted from its first failing check.
    const t0 = performance.now();
    void core.handlers.runChecks({ ids: ['network.endpoint.target'] });
    const ms = (await opened) - t0;
    await core.stop();
    await Promise.all([server.close(), other.close()]);
    return ms;
  });
  const how = mode === 'refuse' ? 'refuses' : 'hangs';
  recordFigure({
    id: `network.detection.${mode}`,
    title: `Network: endpoint ${how} → fault open (default policy, from the first failing check)`,
    unit: 'ms',
    samples,
    target: { statistic: 'max', comparison: '<=', value: targetMs, note: 'failure threshold × retry + timeout' },
  });
  // An outage that begins just after a healthy check waits one healthy interval more.
  recordFigure({
    id: `network.detection.${mode}.from-last-healthy-check`,
    title: `Network: endpoint ${how} → fault open, outage just after a healthy check (+${defaults.intervalSeconds} s)`,
    unit: 'ms',
    value: median(samples) + defaults.intervalSeconds * 1000,
    runs: samples.length,
  });
}

// 2. Sweep of 50 endpoints with realistic answer delays (10-200 ms) vs the slowest single endpoint.
const delays = Array.from({ length: 50 }, (_, i) => 10 + Math.round((i * 190) / 49));
const servers = await Promise.all(delays.map((d) => switchableServer(d)));
const endpoints = servers.map((s, i) => ({ name: `ep${i}`, host: '127.0.0.1', port: s.port, kind: 'http' as const }));
const resolve = createHostResolver([], 1000);
const singles = await Promise.all(
  endpoints.map(async (e) => {
    const runs = await repeat(5, async () => {
      const t0 = performance.now();
      await checkEndpoint({ ...e }, { timeoutMs: 5000, resolve });
      return performance.now() - t0;
    });
    return median(runs);
  }),
);
const slowestMs = Math.max(...singles);
const sweepCore = loopbackCore({ endpoints });
await sweepCore.handlers.runChecks({});
const sweeps = await repeat(7, async () => {
  const t0 = performance.now();
  const s = await sweepCore.handlers.runChecks({});
  if (s.checks.some((c) => c.status !== 'ok')) throw new Error('sweep: an endpoint failed');
  return performance.now() - t0;
});
await sweepCore.stop();
await Promise.all(servers.map((s) => s.close()));
recordFigure({
  id: 'network.sweep.ratio',
  title: 'Network: sweep of 50 loopback endpoints ÷ the slowest single one',
  unit: 'ratio',
  samples: sweeps.map((ms) => ms / slowestMs),
  target: { statistic: 'median', comparison: '<=', value: 1.2, note: 'checks run in parallel' },
});
recordFigure({
  id: 'network.sweep.wall',
  title: 'Network: sweep of 50 loopback endpoints',
  unit: 'ms',
  samples: sweeps,
});
recordFigure({
  id: 'network.sweep.slowest-single',
  title: 'Network: the slowest single endpoint (its median check)',
  unit: 'ms',
  value: slowestMs,
  runs: singles.length,
});

// 3. False faults: 10,000 checks (1,000 in quick mode), isolated failures (HTTP 503) at random 1 in 100, never two in a row.
const flaky = await switchableServer();
const other = await switchableServer();
const flakyCore = loopbackCore({
  endpoints: [
    { name: 'flaky', host: '127.0.0.1', port: flaky.port, kind: 'http' },
    { name: 'other', host: '127.0.0.1', port: other.port, kind: 'http' },
  ],
});
let injected = 0;
let falseFaults = 0;
let faultReadings = 0;
let observedFailures = 0;
let previousFailed = false;
const checks = byMode({ full: 10_000, quick: 1_000 });
let seed = 20_261_127;
const random = (): number => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31; // reproducible
const perCheckMs: number[] = [];
for (let i = 0; i < checks; i++) {
  const t0 = performance.now();
  const fail: boolean = i > 0 && !previousFailed && random() < 0.01;
  previousFailed = fail;
  if (fail) injected++;
  await flaky.set(fail ? 'error' : 'ok');
  const s = await flakyCore.handlers.runChecks({ ids: ['network.endpoint.flaky', 'network.verdict'] });
  if (s.faults.length) falseFaults++;
  const reading = s.checks.find((c) => c.id === 'network.endpoint.flaky');
  if (reading?.status === 'fault') faultReadings++;
  if (reading?.details.rawStatus === 'fault') observedFailures++;
  perCheckMs.push(performance.now() - t0);
}
await flakyCore.stop();
await Promise.all([flaky.close(), other.close()]);
recordFigure({
  id: 'network.false-faults',
  title: 'Network: false faults from isolated 1-in-100 failures (runs: checks)',
  unit: 'count',
  value: falseFaults,
  runs: checks,
  target: { statistic: 'median', comparison: '==', value: 0 },
  context: { injectedFailures: injected, observedFailures },
});
recordFigure({
  id: 'network.false-fault-readings',
  title: 'Network: endpoint readings shown as a fault, same checks',
  unit: 'count',
  value: faultReadings,
  runs: checks,
  target: { statistic: 'median', comparison: '==', value: 0 },
});
recordFigure({
  id: 'network.check',
  title: 'Network: one endpoint check and verdict, same checks',
  unit: 'ms',
  samples: perCheckMs,
});
