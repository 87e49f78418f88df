import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../support/chromium';
import { startHarness, type RunningHarness } from '../support/dev-web-harness';

const loopbackPolicy = 'test/fixtures/policy/loopback.json';

/** Opens the harness page in a fresh context and collects anything the page complains about. */
async function openDashboard(
  browser: Browser,
  url: string,
  locale: string,
): Promise<{ page: Page; problems: string[] }> {
  const context = await browser.newContext({ locale });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  await page.goto(url);
  return { page, problems };
}

describe('the dashboard in Chromium, against the real core through the browser harness', () => {
  let browser: Browser;
  let harness: RunningHarness;

  beforeAll(async () => {
    harness = await startHarness(['--policy', loopbackPolicy]);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await harness?.stop();
  });

  it('shows the verdict and the live disk check in Chinese for a Chinese locale, with no CSP or script errors', async () => {
    const { page, problems } = await openDashboard(browser, harness.url, 'zh-CN');
    expect(await page.locator('[data-verdict] h1').textContent()).toMatch(/可以开票|不能开票/);
    await page.locator('[data-card-id="computer"] button').click();
    const disk = page.locator('[data-check-id="disk.space"]');
    await disk.locator('[data-status="ok"]').first().waitFor();
    expect(await disk.textContent()).toContain('磁盘空间');
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('switches to English and back, and re-checks on request', async () => {
    const { page, problems } = await openDashboard(browser, harness.url, 'zh-CN');
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
    const refusedBefore = harness.output().split('refused WebSocket upgrade (403)').length;
    const { page } = await openDashboard(browser, harness.url.replace(/#token=.*/, '#token=wrong'), 'en');
    await page.getByText('The connection to the checker was lost').waitFor();
    // The server refused it (not merely a page that failed to connect), and no check reached the page.
    await expect
      .poll(() => harness.output().split('refused WebSocket upgrade (403)').length)
      .toBeGreaterThan(refusedBefore);
    expect(await page.locator('[data-check-id]').count()).toBe(0);
    await page.context().close();
  });
});

describe('a malformed policy in the app', () => {
  it('keeps running on defaults and shows which JSON path is wrong', async () => {
    const harness = await startHarness(['--policy', 'test/fixtures/policy/malformed-type.json']);
    const browser = await launchChromium();
    try {
      const { page } = await openDashboard(browser, harness.url, 'en');
      const banner = page.locator('[data-banner="policy"]');
      await banner.waitFor();
      // The JSON path is for IT: folded away under the banner, and in the settings view.
      expect(await banner.textContent()).toContain('$.disk.warnFreeMiB');
      await page.locator('[data-card-id="computer"]').waitFor();
      await page.locator('[data-nav="settings"]').click();
      await page.locator('.policy-issues').getByText('$.disk.warnFreeMiB').waitFor();
    } finally {
      await browser.close();
      await harness.stop();
    }
  });
});
