// `invoiceguard check` (the built CLI forking the real core) with a policy whose network targets
// are real servers on 127.0.0.1; gateway and link probes off, no public names.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBuiltCli } from '../../../../support/run-cli';
import { closedPort, httpServer, type Running } from './support/loopback-servers';

const repo = path.resolve(__dirname, '../../../../..');
const dir = mkdtempSync(path.join(tmpdir(), 'ig-network-cli-'));
let web: Running;
let closed: number;
let policyFile: string;

beforeAll(async () => {
  web = await httpServer(200);
  closed = await closedPort();
  const policy = JSON.parse(readFileSync(path.join(repo, 'test/fixtures/policy/loopback.json'), 'utf8'));
  policy.network.endpoints = [
    { name: 'etax', host: '127.0.0.1', port: web.port, kind: 'http' },
    { name: 'skfp', host: '127.0.0.1', port: closed, kind: 'tcp' },
  ];
  policyFile = path.join(dir, 'policy.json');
  writeFileSync(policyFile, JSON.stringify(policy));
});
afterAll(async () => {
  await web?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('invoiceguard check with network targets', () => {
  it('prints where the fault lies, in Chinese and in English, and exits 2', async () => {
    const zh = await runBuiltCli(['check', '--policy', policyFile, '--lang', 'zh-CN']);
    expect(zh.code).toBe(2);
    expect(zh.stdout).toContain('网络诊断');
    // By display name (the built-in name of `skfp`), the cause in words, no OS error code.
    expect(zh.stdout).toContain('问题在对方：抄报税服务器 连不上');
    expect(zh.stdout).toContain(`127.0.0.1:${closed} 无法连通：连接被拒绝\n`);
    expect(zh.stdout).not.toContain('ECONNREFUSED');
    const en = await runBuiltCli(['check', '--policy', policyFile, '--lang', 'en']);
    expect(en.stdout).toContain(
      'Network verdict: The problem is on their side: tax filing upload server cannot be reached',
    );
    expect(en.stdout).toContain('A tax platform service is unavailable');
  });

  it('gives the cause, address and latency of every endpoint in --json', async () => {
    const run = await runBuiltCli(['check', '--json', '--policy', policyFile]);
    const report = JSON.parse(run.stdout);
    const byId = new Map(report.checks.map((c: { id: string }) => [c.id, c]));
    expect(byId.get('network.endpoint.etax')).toMatchObject({
      status: 'ok',
      details: { cause: 'ok', address: '127.0.0.1', httpStatus: 200 },
    });
    expect(byId.get('network.endpoint.skfp')).toMatchObject({
      status: 'fault',
      details: { cause: 'refused', latencyMs: null },
    });
    expect(byId.get('network.verdict')).toMatchObject({ details: { scope: 'remote-service' } });
    expect(report.faults.map((f: { id: string }) => f.id)).toContain('network.service-down');
  });
});
