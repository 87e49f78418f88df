import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../support/chromium';
import { bundleFixture, unzip } from '../support/bundle-fixture';
import type { JournalCore } from '../support/journal-core';

describe('the support bundle’s HTML report, opened offline in Chromium', () => {
  let browser: Browser;
  let dataDir: string;
  let core: JournalCore;

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'ig-report-'));
    core = await bundleFixture(dataDir);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await core?.stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  it.each([
    ['zh-CN', '开票卫士支持报告', '未插税控设备', '当前检查结果'],
    ['en', 'InvoiceGuard support report', 'Tax device not plugged in', 'Checks now'],
  ] as const)(
    'renders in %s from the unzipped file, loading nothing and running nothing',
    async (language, title, fault, heading) => {
      const [open] = (await core.client.request('listIncidents', { status: 'open' })).incidents;
      const built = await core.client.request('buildSupportBundle', { incidentId: open!.id, language });
      const folder = path.join(dataDir, `unzipped-${language}`);
      await unzip(built.file, folder);
      const page = await (await browser.newContext({ javaScriptEnabled: true })).newPage();
      const requests: string[] = [];
      const problems: string[] = [];
      page.on('request', (r) => requests.push(r.url()));
      page.on('pageerror', (e) => problems.push(e.message));
      page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
      const url = pathToFileURL(path.join(folder, 'report.html')).href;
      await page.goto(url);
      expect(await page.title()).toBe(title);
      await page.getByRole('heading', { name: heading }).waitFor();
      expect(await page.locator('table').count()).toBeGreaterThanOrEqual(3);
      expect(await page.getByText(fault).first().isVisible()).toBe(true);
      // The incident's timeline: the code lookup shows in it.
      expect(await page.locator('td', { hasText: '0x0963c2' }).count()).toBeGreaterThan(0);
      expect(requests).toEqual([url]);
      expect(problems).toEqual([]);
      await page.context().close();
    },
  );
});
