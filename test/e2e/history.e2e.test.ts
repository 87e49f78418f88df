import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { appInChromium, withAppInChromium } from '../support/app-in-chromium';
import { loopbackEndpoint, writeLoopbackPolicy } from '../support/loopback-app-policy';
import { axeViolations, openApp, screenshot } from '../support/ui-page';

// The History view on the real core through the harness: a platform the policy checks (a TCP
// endpoint on 127.0.0.1, the only address anything is sent to) goes down and comes back, and the
// journal's incident shows up, takes a note, closes, and exports as the CSV Excel and WPS read.

describe('the incident history in Chromium, on the real core', () => {
  let endpoint: Awaited<ReturnType<typeof loopbackEndpoint>>;
  let policy: ReturnType<typeof writeLoopbackPolicy>;

  const app = appInChromium(async () => {
    endpoint = await loopbackEndpoint();
    policy = writeLoopbackPolicy((base) => ({
      ...base,
      network: {
        ...(base.network as object),
        endpoints: [{ name: 'etax', host: '127.0.0.1', port: endpoint.port, kind: 'tcp' }],
        // One reading opens or clears the fault, so the test moves it with "check now".
        failureThreshold: 1,
        successThreshold: 1,
        retrySeconds: 0.5,
        timeoutMs: 1000,
      },
    }));
    return ['--policy', policy.file];
  });
  afterAll(async () => {
    await endpoint?.close();
    policy?.remove();
  });

  it('records a fault, takes a note, shows it closed, and exports the CSV', async () => {
    const { page, problems } = await openApp(app.browser, app.harness.url, {
      locale: 'zh-CN',
      width: 1024,
      height: 768,
    });
    await page.locator('[data-card-id="network"][data-tone="ok"]').waitFor({ timeout: 20_000 });
    await page.locator('[data-nav="history"]').click();
    await page.locator('[data-history-empty]').waitFor();

    await endpoint.close();
    await page.click('[data-action="recheck"]');
    const item = page.locator('[data-incident-id][data-status="open"]').first();
    await item.waitFor({ timeout: 20_000 });
    const text = await item.textContent();
    expect(text).toContain('未解决');
    expect(text).not.toMatch(/network\.|etax|endpoint/); // display names, never ids

    await item.locator('button').click();
    const detail = page.locator('[data-detail-id]');
    await detail.locator('[data-detail-status="open"]').waitFor();
    await detail.locator('[data-input="note"]').fill('开票软件提示上传失败，已打电话给 IT');
    await detail.locator('[data-action="save-note"]').click();
    await detail.locator('[data-note-state="saved"]').waitFor();
    await detail.getByText('备注：开票软件提示上传失败，已打电话给 IT').waitFor();
    expect(await axeViolations(page)).toEqual([]);

    await endpoint.open();
    await page.click('[data-action="recheck"]');
    await page.locator('[data-incident-id][data-status="closed"]').first().waitFor({ timeout: 20_000 });
    await detail.locator('[data-detail-status="closed"]').waitFor();
    await detail.locator('[data-event="closed"]').waitFor();
    await screenshot(page, 'history-real-closed-1024x768-zh-CN');

    // The dashboard knows the last problem from the journal.
    await page.locator('[data-nav="dashboard"]').click();
    expect(await page.locator('[data-last-incident]').textContent()).toMatch(/^上次问题：.+已恢复）$/);
    expect(await page.locator('[data-incidents-count]').textContent()).toBe('目前没有未解决的问题。');

    await page.locator('[data-nav="history"]').click();
    await page.locator('[data-incident-id]').first().waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-action="export-csv"]')]);
    expect(download.suggestedFilename()).toMatch(/\.csv$/);
    const bytes = readFileSync((await download.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = bytes.toString('utf8');
    expect(csv.slice(1)).toMatch(/^编号,故障,/);
    expect(csv).toContain('开票软件提示上传失败，已打电话给 IT');
    expect(csv).toContain('已恢复');
    await page.locator('[data-exported="1"]').waitFor();
    expect(problems).toEqual([]);
    await page.context().close();
  });
});

describe('a journal this app cannot write, in Chromium', () => {
  it('says so in a banner on the History view, in Chinese, and the app carries on', async () => {
    // Another live process (this test) holds the journal's lock, as the app does for a CLI core:
    // the harness's core may only read it.
    const folder = mkdtempSync(path.join(tmpdir(), 'ig-e2e-locked-journal-'));
    writeFileSync(path.join(folder, 'journal.lock'), `${process.pid}\n`);
    const policy = writeLoopbackPolicy((base) => ({ ...base, journal: { folder } }));
    try {
      await withAppInChromium(['--policy', policy.file], async (app) => {
        const { page, problems } = await openApp(app.browser, app.harness.url, { locale: 'zh-CN' });
        await page.locator('[data-nav="history"]').click();
        const banner = page.locator('[data-banner="journal"]');
        await banner.waitFor({ timeout: 20_000 });
        expect(await banner.textContent()).toBe(
          `另一个开票卫士进程（${process.pid}）正在写故障记录（${folder}），这里只读取。`,
        );
        expect(problems).toEqual([]);
      });
    } finally {
      policy.remove();
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
