import { describe, expect, it } from 'vitest';
import { appInChromium } from '../support/app-in-chromium';
import { focusedElement, openApp } from '../support/ui-page';

// The dashboard on the real core through the browser harness, playing the shipped drills.
// The journal's history view is not merged yet: the end of an incident is asserted by the guide
// completing itself (guideFlow state "completed", data-state on the guide) and the card turning green.

describe('the tax device pulled out and put back, in Chromium', () => {
  const app = appInChromium([
    '--policy',
    'test/fixtures/policy/loopback.json',
    '--simulate',
    'scenarios/tax-device-missing.json',
  ]);

  it('turns the card red, says it cannot invoice, walks the guide and goes green when the device is back', async () => {
    const { page, problems } = await openApp(app.browser, app.harness.url, { locale: 'zh-CN' });
    const card = page.locator('[data-card-id="tax-device"]');
    await page.locator('[data-card-id="tax-device"][data-tone="fault"]').waitFor();
    expect(await page.locator('[data-verdict] h1').textContent()).toBe('现在不能开票：未插税控设备');
    expect(await card.textContent()).toContain('故障');
    // The tray tooltip and readiness say the same words as the banner.
    expect(await page.locator('[data-pill]').textContent()).toBe('现在不能开票');

    await page.locator('[data-action="start-guide"]').click();
    const guide = page.locator('[data-guide-id="tax-device.missing"]');
    await guide.waitFor();
    expect((await focusedElement(page)).tag).toBe('H1');
    expect(await guide.locator('[data-progress]').textContent()).toContain('第 1 步，共 5 步');
    await guide.locator('[data-step="1"] [data-action="mark"]').click();
    await guide.locator('[data-step="1"][data-done="true"]').waitFor();
    expect(await guide.locator('[data-progress]').textContent()).toContain('第 2 步，共 5 步');
    await guide.locator('[data-step="2"] [data-action="mark"]').click(); // the drill plugs the device back in
    await guide.locator('[data-step="2"] [data-action="recheck-step"]').click();
    await guide.locator('[data-step="2"] [data-recheck="worked"]').waitFor();
    await page.locator('[data-guide-id="tax-device.missing"][data-state="completed"]').waitFor();
    expect(await guide.locator('[data-guide-completed]').textContent()).toContain('已解决');

    await page.getByRole('button', { name: '返回状态总览' }).first().click();
    await page.locator('[data-card-id="tax-device"][data-tone="ok"]').waitFor();
    expect(await page.locator('[data-verdict]').getAttribute('data-verdict')).toBe('yes');

    await page.locator('nav').getByRole('button', { name: '月末准备' }).click();
    await page.locator('[data-can-invoice]').waitFor();
    expect(await page.locator('[data-can-invoice] h2').textContent()).toBe('可以开票');
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('can be walked with the keyboard alone, focus staying on each control after it acts', async () => {
    // The drill again from the start: end it, then start it from the drills page.
    const { page, problems } = await openApp(app.browser, app.harness.url, { locale: 'zh-CN' });
    await page.locator('[data-banner="practice"] [data-action="stop-practice"]').click();
    await page.locator('[data-banner="practice"]').waitFor({ state: 'detached' });
    await page.locator('nav').getByRole('button', { name: '故障演练' }).click();
    await page.locator('[data-scenario-id="tax-device-missing"] button').click();
    await page.locator('[data-card-id="tax-device"][data-tone="fault"]').waitFor({ timeout: 20_000 });

    const focused = () => focusedElement(page);
    const tabTo = async (test: (f: Awaited<ReturnType<typeof focused>>) => boolean, limit = 30): Promise<void> => {
      for (let i = 0; i < limit; i++) {
        await page.keyboard.press('Tab');
        if (test(await focused())) return;
      }
      throw new Error(`Tab never reached the control; last: ${JSON.stringify(await focused())}`);
    };

    await page.locator('body').focus();
    await tabTo((f) => f.action === 'start-guide');
    await page.keyboard.press('Enter');
    const guide = page.locator('[data-guide-id="tax-device.missing"]');
    await guide.waitFor();
    expect((await focused()).tag).toBe('H1');

    await tabTo((f) => f.action === 'mark' && f.step === '1');
    await page.keyboard.press('Space');
    await guide.locator('[data-step="1"][data-done="true"]').waitFor();
    expect(await focused()).toMatchObject({ action: 'mark', step: '1', text: '撤销' });

    await tabTo((f) => f.action === 'mark' && f.step === '2');
    await page.keyboard.press('Enter');
    await guide.locator('[data-step="2"][data-done="true"]').waitFor();
    expect(await focused()).toMatchObject({ action: 'mark', step: '2' });

    await tabTo((f) => f.action === 'recheck-step' && f.step === '2');
    await page.keyboard.press('Enter');
    await guide.locator('[data-step="2"] [data-recheck="worked"]').waitFor();
    expect(await focused()).toMatchObject({ action: 'recheck-step', step: '2' });
    await page.locator('[data-guide-id="tax-device.missing"][data-state="completed"]').waitFor();
    expect(problems).toEqual([]);
    await page.context().close();
  });
});

describe('a firewall blocking an invoicing port, in Chromium', () => {
  const app = appInChromium([
    '--policy',
    'test/fixtures/policy/loopback.json',
    '--simulate',
    'scenarios/network-port-blocked.json',
  ]);

  it('says the firewall is the problem and draws each platform’s recent latency', async () => {
    const { page, problems } = await openApp(app.browser, app.harness.url, { locale: 'zh-CN' });
    await page.locator('[data-card-id="network"][data-tone="fault"]').waitFor({ timeout: 20_000 });
    expect(await page.locator('[data-verdict] h1').textContent()).toContain('现在不能开票');
    await page.locator('[data-card-id="network"] button').click();
    const verdict = page.locator('[data-scope="firewall"]');
    await verdict.waitFor();
    expect(await verdict.locator('h2').textContent()).toBe('问题在防火墙');
    const upload = page.locator('[data-check-id="network.endpoint.upload"]');
    expect(await upload.locator('[data-cause]').textContent()).toContain('端口被防火墙拦截');
    const etax = page.locator('[data-check-id="network.endpoint.etax"] .latency svg');
    await etax.and(page.locator(':not([data-samples="0"])')).waitFor();
    expect(await etax.locator('circle').count()).toBeGreaterThanOrEqual(1);
    expect(
      Number(await page.locator('[data-check-id="network.endpoint.upload"] .latency svg').getAttribute('data-failed')),
    ).toBeGreaterThanOrEqual(1);
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
