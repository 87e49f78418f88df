import { describe, expect, it } from 'vitest';
import { appInChromium } from '../support/app-in-chromium';

describe('practice mode in Chromium: a scenario walked through the guided flow', () => {
  const app = appInChromium([
    '--policy',
    'test/fixtures/policy/loopback.json',
    '--simulate',
    'scenarios/printer-paused.json',
  ]);

  it('marks practice mode, walks the printer-paused guide and completes itself when the queue resumes', async () => {
    const context = await app.browser.newContext({ locale: 'zh-CN' });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(e.message));
    await page.goto(app.harness.url);
    await page.locator('[data-banner="practice"]').getByText('练习模式：发票打印机队列暂停').waitFor();
    await page.locator('[data-fault-id="printer.paused"] button').click();
    const guide = page.locator('[data-guide-id="printer.paused"]');
    await guide.waitFor();
    expect(await guide.textContent()).toContain('第 1 步');
    await guide.locator('[data-step="1"] [data-action="mark"]').click();
    await guide.locator('[data-step="1"][data-done="true"]').waitFor();
    await guide.locator('[data-step="2"] [data-action="mark"]').click();
    await page.locator('[data-guide-completed]').getByText('问题已经解决').waitFor();
    // The closing step leads to contact support, which lists what a help request would hold.
    await guide.locator('[data-action="step-support"]').click();
    await page.locator('.support-view [data-manifest-files]').waitFor();

    await page.getByRole('button', { name: '查错误代码' }).click();
    await page.fill('[data-input="code"]', '错误代码：248');
    await page.getByRole('button', { name: '查询' }).click();
    await page.locator('[data-recognised="true"]').getByText('抄报').first().waitFor();

    await page.getByRole('button', { name: '月末准备' }).click();
    await page.locator('[data-can-invoice]').waitFor();
    expect(problems).toEqual([]);
    await context.close();
  });
});
