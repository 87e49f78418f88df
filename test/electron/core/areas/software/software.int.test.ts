import { spawn } from 'node:child_process';
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { softwareArea } from '../../../../../electron/core/areas/software/software-area';
import { startInProcessCore } from '../../../../support/in-process-core';

// Real processes (read from the real /proc) and a real helper listening on a loopback port.

let helper: net.Server;
let helperPort: number;
let closedPort: number;
const child = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });

beforeAll(async () => {
  helper = net.createServer((s) => s.destroy());
  await new Promise<void>((r) => helper.listen(0, '127.0.0.1', r));
  helperPort = (helper.address() as net.AddressInfo).port;
  const probe = net.createServer();
  await new Promise<void>((r) => probe.listen(0, '127.0.0.1', r));
  closedPort = (probe.address() as net.AddressInfo).port;
  await new Promise((r) => probe.close(r));
});
afterAll(async () => {
  child.kill('SIGKILL');
  await new Promise((r) => helper.close(r));
});

async function check(software: Record<string, unknown>) {
  const running = startInProcessCore([softwareArea()], { software }, { start: false });
  try {
    return await running.client.request('runChecks', {});
  } finally {
    await running.stop();
  }
}

describe.skipIf(process.platform !== 'linux')(
  `software checks against real processes and a loopback helper${process.platform === 'linux' ? '' : ' (skipped: Linux only)'}`,
  () => {
    it('finds running software by executable name (case and .exe ignored)', async () => {
      const snapshot = await check({ expected: [{ vendor: '测试开票软件', processes: ['NODE.exe'] }] });
      expect(snapshot.checks.find((c) => c.id === 'software.processes')).toMatchObject({ status: 'ok' });
      expect(snapshot.faults).toEqual([]);
    });

    it('raises software.not-running when the invoicing software is not running', async () => {
      const snapshot = await check({ expected: [{ vendor: '航天信息', processes: ['TaxClient.exe'] }] });
      expect(snapshot.checks.find((c) => c.id === 'software.processes')).toMatchObject({
        status: 'fault',
        summary: { key: 'check.software.processes.notRunning', params: { names: '航天信息' } },
      });
      expect(snapshot.faults.map((f) => f.id)).toEqual(['software.not-running']);
    });

    it('sees the helper service listening on its loopback port, and raises a fault when it is not', async () => {
      const up = await check({ helper: { name: '税务UKey 助手', port: helperPort } });
      expect(up.checks.find((c) => c.id === 'software.helper')?.status).toBe('ok');
      const down = await check({ helper: { name: '税务UKey 助手', port: closedPort, process: 'chinatax.exe' } });
      expect(down.checks.find((c) => c.id === 'software.helper')).toMatchObject({
        status: 'fault',
        details: { processRunning: false, portOpen: false },
      });
      expect(down.faults.map((f) => f.id)).toEqual(['software.not-running']);
    });

    it('says "not checked" (grey, not green) when the policy lists no software and no helper', async () => {
      const snapshot = await check({});
      expect(snapshot.checks.map((c) => [c.id, c.status, c.notChecked, c.summary.key])).toEqual([
        ['software.processes', 'unknown', true, 'check.software.processes.notConfigured'],
        ['software.helper', 'unknown', true, 'check.software.helper.notConfigured'],
      ]);
      expect(snapshot.overall).toBe('ok');
    });
  },
);
