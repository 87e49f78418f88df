import { describe, expect, it } from 'vitest';
import { appInChromium } from '../support/app-in-chromium';

describe('fault drills started from the app (practice mode, as in the Electron app)', () => {
  const app = appInChromium(['--policy', 'test/fixtures/policy/loopback.json']);

  it('lists the shipped drills, plays one on simulated data, and returns to the real state', async () => {
    const page = await (await app.browser.newContext({ locale: 'en' })).newPage();
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(e.message));
    await page.goto(app.harness.url);
    await page.locator('[data-card-id="computer"]').waitFor();
    expect(await page.locator('[data-banner="practice"]').count()).toBe(0);

    await page.getByRole('button', { name: 'Drills' }).click();
    const drill = page.locator('[data-scenario-id="tax-device-missing"]');
    await drill.getByText('The tax device was pulled out').waitFor();
    await drill.getByRole('button', { name: 'Start the drill' }).click();

    await page.locator('[data-banner="practice"]').getByText('Practice mode: The tax device was pulled out').waitFor();
    await page.locator('[data-fault-id="tax-device.missing"]').waitFor();

    await page.locator('[data-banner="practice"] [data-action="stop-practice"]').click();
    await page.locator('[data-banner="practice"]').waitFor({ state: 'detached' });
    await page.locator('[data-card-id="computer"]').waitFor();
    expect(await page.locator('[data-fault-id="tax-device.missing"]').count()).toBe(0);
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
