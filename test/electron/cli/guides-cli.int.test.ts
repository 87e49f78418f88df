import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runBuiltCli } from '../../support/run-cli';
import { runBuiltCliUnderUmockdev } from '../../support/umockdev/run-cli-under-umockdev';
import { umockdevUnavailableReason } from '../../support/umockdev/umockdev-core';

const loopback = path.resolve('test/fixtures/policy/loopback.json');
const dir = mkdtempSync(path.join(tmpdir(), 'ig-guides-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Beijing month now, as the calendar sees it. */
const month = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit' })
  .format(new Date())
  .slice(0, 7);

describe('invoiceguard explain (built command)', () => {
  it('explains a full-width code from the software with its guide and exits 0', async () => {
    const run = await runBuiltCli(['explain', '错误代码：０ｘ０９６３ｃ２', '--lang', 'zh-CN']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('0x0963c2');
    expect(run.stdout).toContain('还可以再试 2 次');
    // The guide by the title the window shows; its id is for scripts, in --json only.
    expect(run.stdout).toContain('详细步骤：在开票卫士窗口里打开处理指引“证书口令错误”');
    expect(run.stdout).not.toContain('tax-device.cert-password');
  });

  it('takes a negative library code as the code, not as an option', async () => {
    const run = await runBuiltCli(['explain', '-10317', '--json']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({
      version: 1,
      recognised: true,
      code: '-10317',
      guide: 'tax-device.cert-password',
    });
  });

  it('says "not recognised", offers support and exits 1 for junk; exits 3 without a code', async () => {
    const junk = await runBuiltCli(['explain', "'; DROP TABLE 发票; -- 🧾", '--json']);
    expect(junk.code).toBe(1);
    expect(JSON.parse(junk.stdout)).toMatchObject({ recognised: false, reason: 'no-code' });
    expect(JSON.parse(junk.stdout).support).toContain('12366');
    const unknown = await runBuiltCli(['explain', '99999']);
    expect(unknown.code).toBe(1);
    expect(unknown.stdout).toContain('not recognised');
    const none = await runBuiltCli(['explain']);
    expect(none.code).toBe(3);
    expect(none.stderr).toContain('invoiceguard explain 0x0963c2');
  });
});

// A tax-device PC: the policy says so, and its 税务UKey (an emulated Aisino device) is plugged in.
const taxDevicePolicy = path.join(dir, 'tax-device-policy.json');
writeFileSync(
  taxDevicePolicy,
  JSON.stringify({ ...JSON.parse(readFileSync(loopback, 'utf8')), invoicing: { mode: 'tax-device' } }),
);
const withDevice = (args: string[]) => runBuiltCliUnderUmockdev(args, ['aisino-disk']);
const unavailable = umockdevUnavailableReason();

describe.skipIf(unavailable)(
  `invoiceguard readiness on a tax-device PC (built command, real core, umockdev)${unavailable ? ` — skipped: ${unavailable}` : ''}`,
  () => {
    it('answers in JSON with the calendar and every check, and exits by the answer', async () => {
      const dataDir = path.join(dir, 'fresh');
      const run = await withDevice(['readiness', '--json', '--policy', taxDevicePolicy, '--data-dir', dataDir]);
      const report = JSON.parse(run.stdout);
      expect(report).toMatchObject({
        version: 1,
        simulated: false,
        filing: { month, reported: false, cleared: false },
      });
      expect(report.checks.map((c: { id: string }) => c.id)).toContain('disk.space');
      expect(report.checks.map((c: { id: string }) => c.id)).not.toContain('calendar.filing');
      expect(report.reminders.length).toBeGreaterThan(0);
      expect(run.code).toBe({ yes: 0, 'at-risk': 1, no: 2 }[report.canInvoice as string]);
    });

    it("reads this month's filing records from the data directory: filed and cleared means ready", async () => {
      const dataDir = path.join(dir, 'filed');
      const { mkdirSync } = await import('node:fs');
      mkdirSync(dataDir, { recursive: true });
      writeFileSync(
        path.join(dataDir, 'flow-state.json'),
        JSON.stringify({ version: 1, incidents: [], filing: { [month]: { reported: 'x', cleared: 'y' } } }),
      );
      const run = await withDevice(['readiness', '--json', '--policy', taxDevicePolicy, '--data-dir', dataDir]);
      const report = JSON.parse(run.stdout);
      expect(report.deadline).toBe('done');
      expect(report.reminders).toEqual([]);
      expect(report.canInvoice).not.toBe('no');
      expect(run.code).toBe({ yes: 0, 'at-risk': 1 }[report.canInvoice as string]);
      // Reading the state did not rewrite its incidents.
      expect(JSON.parse(readFileSync(path.join(dataDir, 'flow-state.json'), 'utf8')).incidents).toEqual([]);
    });

    it('prints the human page in Chinese and refuses a malformed policy with exit 3', async () => {
      const run = await withDevice([
        'readiness',
        '--policy',
        taxDevicePolicy,
        '--data-dir',
        path.join(dir, 'zh'),
        '--lang',
        'zh-CN',
      ]);
      expect(run.stdout).toContain('月末准备');
      expect(run.stdout).toContain('本月征期');
      const bad = await runBuiltCli([
        'readiness',
        '--policy',
        path.resolve('test/fixtures/policy/malformed-type.json'),
      ]);
      expect(bad.code).toBe(3);
      expect(bad.stdout).toBe('');
    });
  },
);

describe('invoiceguard readiness on a fully digital PC (built command, real core, loopback policy)', () => {
  it('asks for no 抄报/清卡 and no tax device', async () => {
    const run = await runBuiltCli(['readiness', '--json', '--data-dir', path.join(dir, 'digital')]);
    const report = JSON.parse(run.stdout);
    expect(report.deadline).toBe('not-required');
    expect(report.reminders.map((r: { key?: string }) => r.key ?? r)).not.toContain('readiness.reminder.fileFirst');
    expect(report.faults.map((f: { id: string }) => f.id)).not.toContain('tax-device.missing');
    expect(report.faults.map((f: { id: string }) => f.id)).not.toContain('filing.not-reported');
  });
});
