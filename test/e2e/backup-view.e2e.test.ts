import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { appInChromium } from '../support/app-in-chromium';
import { axeViolations, layoutProblems, openApp, screenshot } from '../support/ui-page';
import { describeTree, makeTree } from '../support/backup/trees';

// The backup view in Chromium against the real core, with a backup policy whose source and
// destination are temporary folders with Chinese names. The policy is the loopback one (no link,
// gateway, DNS, endpoint or time-server probe: nothing leaves this computer) plus the backup.
// Back up now → progress bar → done → card and view show it; a drill shows its RTO; a restore into
// a typed folder gives the same bytes back; a restore over the live data waits for the confirmation.

const loopback = JSON.parse(readFileSync('test/fixtures/policy/loopback.json', 'utf8')) as Record<string, unknown>;

/** Records, in the page, every value text a progress bar showed (a small backup is over in a blink). */
const watchProgress = `(() => {
  window.__progress = [];
  new MutationObserver(() => {
    for (const bar of document.querySelectorAll('[role="progressbar"]')) {
      const text = bar.getAttribute('aria-valuetext');
      if (text && window.__progress.at(-1) !== text) window.__progress.push(text);
    }
  }).observe(document.body, { subtree: true, childList: true, attributes: true });
})()`;

describe('the backup view in Chromium, on the real core with a backup policy', () => {
  let root: string;
  let source: string;

  const app = appInChromium(() => {
    root = mkdtempSync(path.join(tmpdir(), 'ig-backup-view-'));
    source = path.join(root, '开票数据');
    makeTree(source, { dirs: 4, perDir: 10, largeBytes: 8 * 1024 * 1024 });
    const destination = path.join(root, '备份盘');
    mkdirSync(destination);
    const policyFile = path.join(root, '策略.json');
    writeFileSync(
      policyFile,
      JSON.stringify({
        ...loopback,
        backup: {
          sources: [{ path: source, name: '开票数据' }],
          destinations: [{ path: destination, name: '备份盘', kind: 'usb' }],
          schedule: { dailyAt: '12:30' },
        },
      }),
    );
    return ['--policy', policyFile];
  });
  beforeAll(() => {
    // Today's slot counts as run, so the scheduler's own backup (60 s after start) never races these tests.
    mkdirSync(app.harness.dataDir, { recursive: true });
    writeFileSync(
      path.join(app.harness.dataDir, 'backup-state.json'),
      JSON.stringify({ version: 1, lastScheduledAt: new Date().toISOString() }),
    );
  });
  afterAll(async () => {
    if (root) rmSync(root, { recursive: true, force: true });
  });

  const openBackup = async (page: Page): Promise<void> => {
    await page.locator('[data-nav="backup"]').click();
    await page.locator('[data-backup-actions]').waitFor();
  };

  it('backs up with a progress bar; the view and the dashboard card then show the new backup', async () => {
    const { page, problems } = await openApp(app.browser, app.harness.url, { locale: 'zh-CN' });
    const card = page.locator('[data-card-id="backup"]');
    await card.getByText('还没有完整的备份').waitFor();
    await openBackup(page);
    await page.evaluate(watchProgress);
    await page.locator('[data-action="backup-now"]').click();
    const outcome = page.locator('[data-job-outcome="ok"]');
    await outcome.waitFor({ timeout: 60_000 });
    expect(await outcome.textContent()).toMatch(/^备份完成：\d+ 个文件$/);
    const seen = (await page.evaluate('window.__progress')) as string[];
    expect(seen.length).toBeGreaterThan(0);
    await expect
      .poll(() => page.locator('[data-backup-row="freshness"]').textContent())
      .toMatch(/(刚刚|\d+ 分钟前)（目标：不超过 26 小时）/);
    const row = page.locator('[data-snapshot-id]').first();
    await row.waitFor();
    expect(await row.textContent()).toMatch(/完整.*未校验.*MB/);
    await page.locator('[data-nav="dashboard"]').click();
    await expect
      .poll(() => card.textContent(), { timeout: 20_000 })
      .toMatch(/上次完整备份：\S+（(刚刚|\d+ 分钟前)，目标 26 小时内）/);
    expect(await card.textContent()).toContain('下次自动备份');
    expect(await card.getAttribute('data-tone')).not.toBe('not-checked');
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('runs a restore drill and shows the measured RTO', async () => {
    const { page, problems } = await openApp(app.browser, app.harness.url, { locale: 'zh-CN' });
    await openBackup(page);
    await page.locator('[data-action="restore-drill"]').click();
    const outcome = page.locator('[data-job-outcome="ok"]');
    await outcome.waitFor({ timeout: 60_000 });
    expect(await outcome.textContent()).toMatch(/恢复演练通过：\d+ 个文件，用时 [\d.]+ 秒/);
    await expect
      .poll(() => page.locator('[data-backup-row="drill"]').textContent())
      .toMatch(/(不到 1 秒|[\d.]+ 秒)恢复完毕/);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('restores a snapshot into a typed folder, byte for byte, from a dialog that keeps focus and closes on Esc', async () => {
    const { page, problems } = await openApp(app.browser, app.harness.url, { locale: 'zh-CN' });
    await openBackup(page);
    const open = page.locator('[data-action="open-restore"]').first();
    await open.click();
    const dialog = page.getByRole('dialog', { name: /^恢复 .* 的备份$/ });
    await dialog.waitFor();
    for (let i = 0; i < 8; i++) {
      await page.keyboard.press('Tab');
      expect(await page.evaluate('!!document.activeElement.closest("[role=dialog]")')).toBe(true);
    }
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await page.evaluate('document.activeElement.dataset.action')).toBe('open-restore');

    await open.click();
    const target = path.join(root, '恢复到这里');
    await dialog.locator('[data-input="restore-folder"]').fill(target);
    await dialog.locator('[data-action="restore"]').click();
    const outcome = page.locator('[data-job-outcome="ok"]');
    await outcome.waitFor({ timeout: 60_000 });
    expect(await outcome.textContent()).toMatch(/^恢复完成：\d+ 个文件$/);
    expect(describeTree(path.join(target, '开票数据'))).toEqual(describeTree(source));
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('restores over the live data only after naming what it replaces and an explicit confirmation', async () => {
    const before = describeTree(source);
    const changed = path.join(source, '今天改过的.txt');
    writeFileSync(changed, '今天的新数据');
    const { page, problems } = await openApp(app.browser, app.harness.url, { locale: 'zh-CN' });
    await openBackup(page);
    await page.locator('[data-action="open-restore"]').first().click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('恢复到原来的位置，替换现在的数据').check();
    await dialog.locator('[data-action="restore"]').click();
    const replaces = dialog.locator('[data-replaces]');
    await replaces.waitFor();
    expect(await replaces.textContent()).toMatch(/“开票数据”：\d+ 个文件，[\d.]+ MB/);
    // Asked, not done: the live folder is untouched until the user confirms.
    expect(readFileSync(changed, 'utf8')).toBe('今天的新数据');
    await dialog.locator('[data-action="confirm-restore"]').click();
    const outcome = page.locator('[data-job-outcome="ok"]');
    await outcome.waitFor({ timeout: 60_000 });
    expect(await outcome.textContent()).toMatch(/^恢复完成/);
    expect(describeTree(source)).toEqual(before);
    // The state it replaced was itself backed up first, and is listed as such.
    await page.getByText('恢复前自动保存的数据').waitFor();
    expect(problems).toEqual([]);
    await page.context().close();
  });

  for (const language of ['zh-CN', 'en'] as const) {
    it(`fits at 150 % zoom of a 1024×768 screen in ${language}`, async () => {
      const { page, problems } = await openApp(app.browser, app.harness.url, {
        locale: language,
        width: 683,
        height: 512,
        deviceScaleFactor: 1.5,
      });
      await openBackup(page);
      await page.locator('[data-snapshot-id]').first().waitFor();
      const found = await layoutProblems(page);
      await screenshot(page, `backup-with-data-zoom150-${language}`);
      await page.locator('[data-action="open-restore"]').first().click();
      await page.locator('[data-restore-dialog]').waitFor();
      found.push(...(await layoutProblems(page)));
      await screenshot(page, `backup-restore-dialog-zoom150-${language}`);
      expect(found).toEqual([]);
      expect(problems).toEqual([]);
      await page.context().close();
    });

    it(`fits 1024×768 with no axe-core violation in ${language}, the restore dialog too; screenshots saved`, async () => {
      const { page, problems } = await openApp(app.browser, app.harness.url, {
        locale: language,
        width: 1024,
        height: 768,
      });
      await page.locator('[data-card-id="backup"] [data-line]').first().waitFor();
      await screenshot(page, `dashboard-backup-1024x768-${language}`);
      await openBackup(page);
      await page.locator('[data-snapshot-id]').first().waitFor();
      const found = [...(await axeViolations(page)), ...(await layoutProblems(page))];
      await screenshot(page, `backup-with-data-1024x768-${language}`);
      await page.locator('[data-action="open-restore"]').first().click();
      const dialog = page.locator('[data-restore-dialog]');
      await dialog.locator('input[type="radio"]').nth(1).check();
      await dialog.locator('[data-action="restore"]').click();
      await dialog.locator('[data-replaces]').waitFor();
      found.push(...(await axeViolations(page)), ...(await layoutProblems(page)));
      await screenshot(page, `backup-restore-dialog-1024x768-${language}`);
      expect(found).toEqual([]);
      expect(problems).toEqual([]);
      await page.context().close();
    });
  }
});
