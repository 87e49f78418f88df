import { describe, expect, it } from 'vitest';
import { openApp } from '../support/ui-page';
import { appInChromium, withAppInChromium } from '../support/app-in-chromium';

const loopbackPolicy = 'test/fixtures/policy/loopback.json';

describe('the dashboard in Chromium, against the real core through the browser harness', () => {
  const app = appInChromium(['--policy', loopbackPolicy]);

  it('shows the verdict and the live disk check in Chinese for a Chinese locale, with no CSP or script errors', async () => {
    const { page, problems } = await openApp(app.browser, app.harness.url, { locale: 'zh-CN' });
    expect(await page.locator('[data-verdict] h1').textContent()).toMatch(/可以开票|不能开票/);
    await page.locator('[data-card-id="computer"] button').click();
    const disk = page.locator('[data-check-id="disk.space"]');
    await disk.locator('[data-status="ok"]').first().waitFor();
    expect(await disk.textContent()).toContain('磁盘空间');
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('switches to English and back, and re-checks on request', async () => {
    const { page, problems } = await openApp(app.browser, app.harness.url, { locale: 'zh-CN' });
    await page.locator('[data-card-id="computer"] button').click();
    await page.locator('[data-check-id="disk.space"] [data-status="ok"]').first().waitFor();
    await page.click('[data-action="language"]');
    await page.getByText('Disk space').waitFor();
    const before = await page.locator('[data-check-id="disk.space"] .check-time').textContent();
    await new Promise((r) => setTimeout(r, 1100)); // the time shown has one-second resolution
    await page.click('[data-action="recheck"]');
    await expect.poll(() => page.locator('[data-check-id="disk.space"] .check-time').textContent()).not.toBe(before);
    await page.click('[data-action="language"]');
    await page.getByText('磁盘空间').waitFor();
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('refuses a WebSocket without the token', async () => {
    const refusedBefore = app.harness.output().split('refused WebSocket upgrade (403)').length;
    const { page } = await openApp(app.browser, app.harness.url.replace(/#token=.*/, '#token=wrong'), {
      locale: 'en',
      awaitVerdict: false,
    });
    await page.getByText('The connection to the checker was lost').waitFor();
    // The server refused it (not merely a page that failed to connect), and no check reached the page.
    await expect
      .poll(() => app.harness.output().split('refused WebSocket upgrade (403)').length)
      .toBeGreaterThan(refusedBefore);
    expect(await page.locator('[data-check-id]').count()).toBe(0);
    await page.context().close();
  });
});

describe('a malformed policy in the app', () => {
  it('keeps running on defaults and shows which JSON path is wrong', async () => {
    await withAppInChromium(['--policy', 'test/fixtures/policy/malformed-type.json'], async (app) => {
      const { page } = await openApp(app.browser, app.harness.url, { locale: 'en' });
      const banner = page.locator('[data-banner="policy"]');
      await banner.waitFor();
      // The JSON path is for IT: folded away under the banner (once the texts of problems have
      // loaded, a moment after the banner itself), and in the settings view.
      const technical = banner.locator('.tech-details code');
      await technical.waitFor({ state: 'attached' });
      expect(await technical.textContent()).toContain('$.disk.warnFreeMiB: expected a number');
      await page.locator('[data-card-id="computer"]').waitFor();
      await page.locator('[data-nav="settings"]').click();
      await page.locator('.policy-issues').getByText('$.disk.warnFreeMiB').waitFor();
    });
  });
});
