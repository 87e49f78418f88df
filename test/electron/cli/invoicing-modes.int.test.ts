// What the colours mean on real machines (issue 10): this machine has no SMART disk, no CUPS
// scheduler of its own and a non-persistent journal, and no tax device; the CLI forks the real core.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBuiltCli } from '../../support/run-cli';
import { acceptingServer, type Running } from '../core/areas/network/support/loopback-servers';
import {
  check,
  startCoreUnderUmockdev,
  umockdevUnavailableReason,
  type UmockdevCore,
} from '../../support/umockdev/umockdev-core';

interface Report {
  overall: string;
  verdict: { canInvoice: string; text: string; faultId?: string };
  invoicing: { mode: string; because: string };
  checks: { id: string; status: string; checked: boolean; reason?: string }[];
  faults: { id: string; severity: string }[];
}

const dir = mkdtempSync(path.join(tmpdir(), 'ig-modes-'));
let platform: Running;
/** The built-in defaults, except that the network checks reach a platform on loopback only. */
let defaultsOnLoopback: string;
let digital: string;

beforeAll(async () => {
  platform = await acceptingServer();
  const network = {
    link: 'off',
    gateway: 'off',
    dns: { names: [] },
    endpoints: [{ name: 'dppt', host: '127.0.0.1', port: platform.port, kind: 'tcp' }],
  };
  defaultsOnLoopback = path.join(dir, 'defaults.json');
  writeFileSync(defaultsOnLoopback, JSON.stringify({ network }));
  digital = path.join(dir, 'digital.json');
  writeFileSync(digital, JSON.stringify({ invoicing: { mode: 'digital' }, network }));
});
afterAll(async () => {
  await platform.close();
  rmSync(dir, { recursive: true, force: true });
});

// The zone the default policy expects, so the time-zone check reads this PC as a Chinese workstation's.
const beijing = { TZ: 'Asia/Shanghai' };

describe('invoiceguard check: green means fine, grey means not checked', () => {
  it('with the defaults, only real problems colour the result: absent optional tools are grey and explained', async () => {
    const run = await runBuiltCli(['check', '--json', '--policy', defaultsOnLoopback], beijing);
    const report = JSON.parse(run.stdout) as Report;
    const counted = report.checks.filter((c) => c.checked && c.status !== 'ok');
    expect(counted).toEqual([]);
    expect(report.overall).toBe('ok');
    expect(report.verdict.canInvoice).toBe('yes');
    expect(run.code).toBe(0);
    // Never a green tick for what was not looked at: each grey item says why.
    const grey = report.checks.filter((c) => !c.checked);
    expect(grey.length).toBeGreaterThan(0);
    for (const c of grey) {
      expect(c.status).toBe('unknown');
      expect(c.reason?.length).toBeGreaterThan(0);
    }
    expect(grey.map((c) => c.id)).toEqual(expect.arrayContaining(['clock.offset', 'software.processes']));
  });

  it('a fully digital PC with no device is green when its platform answers', async () => {
    const run = await runBuiltCli(['check', '--json', '--policy', digital], beijing);
    const report = JSON.parse(run.stdout) as Report;
    expect(report.invoicing).toEqual({ mode: 'digital', because: 'policy' });
    expect(report.faults).toEqual([]);
    expect(report.checks.find((c) => c.id === 'usb.tax-device')).toMatchObject({ status: 'ok', checked: true });
    expect(run.code).toBe(0);
  });

  it('says it in plain words in Chinese, the grey items last and marked "未检查"', async () => {
    const run = await runBuiltCli(['check', '--policy', digital, '--lang', 'zh-CN'], beijing);
    expect(run.stdout.split('\n')[0]).toContain('可以开票');
    const lines = run.stdout.split('\n').filter((l) => l.startsWith('– 未检查'));
    expect(lines.length).toBeGreaterThan(0);
    expect(run.stdout).not.toMatch(/clock\.ntpServer|software\.expected/);
  });
});

const unavailable = umockdevUnavailableReason();

describe.skipIf(unavailable)(
  `a PC that has had a tax device (real libusb, umockdev)${unavailable ? ` — skipped: ${unavailable}` : ''}`,
  () => {
    let core: UmockdevCore | undefined;
    afterAll(async () => core?.stop());

    it('becomes a tax-device PC once a device is seen, goes critical when it is pulled, and remembers', async () => {
      const policy = {
        network: { link: 'off', gateway: 'off', dns: { names: [] }, endpoints: [] },
        devices: { debounceMs: 200 },
      };
      const dataDir = path.join(dir, 'seen');
      const command = ['{node}', '{core}', '--policy', '{policy}', '--data-dir', dataDir];
      const start = (plugged: string[]) =>
        startCoreUnderUmockdev({
          plugged,
          policy,
          command: command.map((a) =>
            a === '{node}' ? process.execPath : a === '{core}' ? path.resolve('dist/core.cjs') : a,
          ),
        });
      core = start(['aisino-disk']);
      const seen = await core.waitForSnapshot((s) => s.invoicing.because === 'seen');
      expect(seen.invoicing.mode).toBe('tax-device');
      expect(check(seen, 'usb.tax-device')?.status).toBe('ok');

      core.unplug('aisino-disk');
      const pulled = await core.waitForSnapshot((s) => s.faults.some((f) => f.id === 'tax-device.missing'));
      expect(pulled.faults.find((f) => f.id === 'tax-device.missing')?.severity).toBe('critical');
      expect(pulled.verdict).toMatchObject({ canInvoice: 'no', faultId: 'tax-device.missing' });
      await core.stop();

      // The next start without the device: still a tax-device PC, the fault at once.
      core = start([]);
      const later = await core.waitForSnapshot((s) => s.faults.some((f) => f.id === 'tax-device.missing'));
      expect(later.invoicing).toEqual({ mode: 'tax-device', because: 'seen' });
    });
  },
);
