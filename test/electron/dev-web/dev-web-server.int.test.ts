import path from 'node:path';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { startDevWebServer, type DevWebServer } from '../../../electron/dev-web/dev-web-server';
import { serverWebSocketTransport } from '../../../electron/dev-web/websocket-transport';
import { spawnCore, type SpawnedCore } from '../../../electron/host/spawn-core';
import { createProtocolClient, type ProtocolClient } from '../../../shared/protocol/client';
import type { CoreStatus } from '../../../shared/protocol/contract';
import { bannersModel } from '../../../renderer/src/components/banners-model';
import { hangingCheckPolicy } from '../../support/silent-endpoint';

const rendererDir = mkdtempSync(path.join(tmpdir(), 'ig-renderer-'));
writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>t</title>');
let server: DevWebServer;
let origin: string;

beforeAll(async () => {
  server = await startDevWebServer({
    port: 0,
    rendererDir,
    scenarioDir: path.resolve('scenarios'),
    startCore: (practiceArgs) =>
      spawnCore(['--policy', path.resolve('test/fixtures/policy/loopback.json'), ...practiceArgs], {
        corePath: path.resolve('dist/core.cjs'),
      }),
  });
  origin = new URL(server.url).origin;
});
afterAll(async () => {
  await server.close();
  rmSync(rendererDir, { recursive: true, force: true });
});

/** Opens a WebSocket to the harness with the given token and headers; resolves once open or rejects. */
function connect(token: string, headers: Record<string, string> = { Origin: origin }): Promise<WebSocket> {
  const ws = new WebSocket(`${origin.replace('http', 'ws')}/ws?token=${encodeURIComponent(token)}`, { headers });
  return new Promise((resolve, reject) => {
    ws.once('open', () => resolve(ws));
    ws.once('error', reject);
  });
}

function nextMessage(
  ws: WebSocket,
  predicate: (m: Record<string, unknown>) => boolean,
): Promise<Record<string, unknown>> {
  return new Promise((resolve) => {
    const onMessage = (data: Buffer) => {
      const message = JSON.parse(data.toString()) as Record<string, unknown>;
      if (predicate(message)) {
        ws.off('message', onMessage);
        resolve(message);
      }
    };
    ws.on('message', onMessage);
  });
}

describe('the browser harness', () => {
  it('listens on loopback only and serves the renderer with the strict CSP', async () => {
    expect(new URL(server.url).hostname).toBe('127.0.0.1');
    const res = await fetch(`${origin}/`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(res.headers.get('content-security-policy')).toContain(`connect-src ${origin.replace('http', 'ws')}`);
  });

  it('serves nothing outside the renderer folder', async () => {
    expect((await fetch(`${origin}/..%2f..%2fetc%2fpasswd`)).status).toBe(404);
    expect((await fetch(`${origin}/%2e%2e/%2e%2e/etc/passwd`)).status).toBe(404);
  });

  it('refuses requests for another host name (DNS rebinding)', async () => {
    const { request } = await import('node:http');
    const status = await new Promise<number>((resolve) =>
      request(`${origin}/`, { headers: { Host: 'evil.example' } }, (res) => resolve(res.statusCode ?? 0)).end(),
    );
    expect(status).toBe(403);
  });

  it('refuses a WebSocket with a wrong token or from another origin', async () => {
    await expect(connect('wrong')).rejects.toThrow(/403/);
    await expect(connect(server.token, { Origin: 'http://evil.example' })).rejects.toThrow(/403/);
  });

  it('speaks the protocol to the real core, answering junk with a typed error', async () => {
    const ws = await connect(server.token);
    const junkReply = nextMessage(ws, (m) => m.type === 'response');
    ws.send('this is not json');
    expect(await junkReply).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    const reply = nextMessage(ws, (m) => m.type === 'response' && m.id === 5);
    ws.send(JSON.stringify({ type: 'request', id: 5, method: 'runChecks', params: {} }));
    expect(await reply).toMatchObject({
      ok: true,
      result: { checks: expect.arrayContaining([expect.objectContaining({ id: 'disk.space' })]) },
    });
    ws.close();
  });

  it('switches the real core to a shipped practice scenario and back, by id only', async () => {
    const ws = await connect(server.token);
    let id = 100;
    const call = async (method: string, params: unknown) => {
      const myId = id++;
      const reply = nextMessage(ws, (m) => m.type === 'response' && m.id === myId);
      ws.send(JSON.stringify({ type: 'request', id: myId, method, params }));
      return reply;
    };
    const listed = (await call('listScenarios', {})) as { result: { scenarios: { id: string }[]; active: null } };
    expect(listed.result.scenarios.map((s) => s.id)).toContain('printer-paused');
    expect(listed.result.active).toBeNull();

    expect(await call('startPractice', { id: 'printer-paused' })).toMatchObject({
      ok: true,
      result: { active: 'printer-paused' },
    });
    await expect
      .poll(async () => ((await call('getSnapshot', {})) as { result?: { simulated: boolean } }).result?.simulated, {
        timeout: 15_000,
      })
      .toBe(true);

    expect(await call('startPractice', { id: '../../etc/passwd' })).toMatchObject({
      ok: false,
      error: { code: 'bad-request' },
    });
    expect(await call('stopPractice', {})).toMatchObject({ ok: true, result: { active: null } });
    await expect
      .poll(async () => ((await call('getSnapshot', {})) as { result?: { simulated: boolean } }).result?.simulated, {
        timeout: 15_000,
      })
      .toBe(false);
    ws.close();
  });
});

describe('a page that connects while the core restarts', () => {
  /** A page's protocol client over a real WebSocket (the `ws` client speaks the same frames as the server side). */
  async function page(harness: DevWebServer): Promise<{ client: ProtocolClient; ws: WebSocket }> {
    const at = new URL(harness.url).origin;
    const ws = new WebSocket(`${at.replace('http', 'ws')}/ws?token=${encodeURIComponent(harness.token)}`, {
      headers: { Origin: at },
    });
    await new Promise((resolve, reject) => {
      ws.once('open', resolve);
      ws.once('error', reject);
    });
    return { client: createProtocolClient(serverWebSocketTransport(ws), { timeoutMs: 10_000 }), ws };
  }
  const nextStatus = (client: ProtocolClient, state: CoreStatus['state']) =>
    new Promise<CoreStatus>((resolve) => {
      const off = client.on('coreStatus', (status) => {
        if (status.state !== state) return;
        off();
        resolve(status);
      });
    });

  it('is told the core is restarting, then hears it come back', async () => {
    const cores: SpawnedCore[] = [];
    const harness = await startDevWebServer({
      port: 0,
      rendererDir,
      scenarioDir: path.resolve('scenarios'),
      // A long first backoff, so the late page surely connects inside it.
      restartBackoff: { initialDelayMs: 30_000 },
      startCore: (practiceArgs) => {
        const core = spawnCore(['--policy', path.resolve('test/fixtures/policy/loopback.json'), ...practiceArgs], {
          corePath: path.resolve('dist/core.cjs'),
        });
        cores.push(core);
        return core;
      },
    });
    const pages: WebSocket[] = [];
    try {
      const early = await page(harness);
      pages.push(early.ws);
      await early.client.request('getAppInfo', {});
      const told = nextStatus(early.client, 'restarting');
      cores[0]!.child.kill('SIGKILL');
      expect(await told).toMatchObject({ state: 'restarting', restarts: 1, lastExit: 'SIGKILL' });

      const late = await page(harness);
      pages.push(late.ws);
      await expect(late.client.request('getCoreStatus', {})).resolves.toEqual({
        state: 'restarting',
        restarts: 1,
        retryInMs: 30_000,
        lastExit: 'SIGKILL',
      });
      await expect(late.client.request('getSnapshot', {})).rejects.toMatchObject({ code: 'unavailable' });

      const back = nextStatus(late.client, 'running');
      await harness.supervisor.restart(); // cut the backoff short
      expect(await back).toEqual({ state: 'running', restarts: 1 });
      await expect(late.client.request('getCoreStatus', {})).resolves.toEqual({ state: 'running', restarts: 1 });
      await expect(late.client.request('getAppInfo', {})).resolves.toMatchObject({ coreBuild: 'production' });
    } finally {
      pages.forEach((ws) => ws.close());
      await harness.close();
    }
  });

  it('a core killed mid-check: the waiting request fails at once, the host restarts it, the page is told', async () => {
    // A check that is surely still running when the core is killed: an endpoint that never answers.
    const policyFile = path.join(rendererDir, 'hanging-policy.json');
    const silent = await hangingCheckPolicy(policyFile);
    const cores: SpawnedCore[] = [];
    const harness = await startDevWebServer({
      port: 0,
      rendererDir,
      scenarioDir: path.resolve('scenarios'),
      restartBackoff: { initialDelayMs: 200 },
      startCore: (practiceArgs) => {
        const core = spawnCore(['--policy', policyFile, ...practiceArgs], { corePath: path.resolve('dist/core.cjs') });
        cores.push(core);
        return core;
      },
    });
    const { client, ws } = await page(harness);
    try {
      await client.request('getAppInfo', {});
      const statuses: CoreStatus[] = [];
      client.on('coreStatus', (status) => statuses.push(status));
      const checking = client.request('runChecks', {});
      await expect.poll(() => silent.held.size, { timeout: 15_000 }).toBeGreaterThan(0); // mid-check
      const back = nextStatus(client, 'running');
      cores[0]!.child.kill('SIGKILL');
      await expect(checking).rejects.toMatchObject({ code: 'unavailable' });
      expect(await back).toEqual({ state: 'running', restarts: 1 });
      expect(statuses[0]).toMatchObject({ state: 'restarting', restarts: 1, lastExit: 'SIGKILL' });
      // What the window shows meanwhile: the restarting banner, from the same status.
      expect(
        bannersModel({ connection: 'connected', coreStatus: statuses[0], policyIssues: 0 }).map((b) => b.kind),
      ).toEqual(['core-restarting']);
      // The new core answers.
      const again = await client.request('runChecks', { ids: ['disk.space'] });
      expect(again.checks.find((c) => c.id === 'disk.space')?.status).toBe('ok');
      expect(cores).toHaveLength(2);
    } finally {
      ws.close();
      await harness.close();
      await silent.close();
    }
  });
});
