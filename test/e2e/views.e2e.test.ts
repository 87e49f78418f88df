import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { appInChromium } from '../support/app-in-chromium';
import { axeViolations, layoutProblems, openApp, screenshot } from '../support/ui-page';

// Every main view in real Chromium through the harness, on the port-blocked drill (so the
// dashboard, the network chart and a guide all have something to show): axe-core finds no
// violation in either language, nothing breaks at 1024×768, at 150 % zoom or in English, and a
// screenshot of each is left in test-results/screenshots/ for people to look at.

type Language = 'zh-CN' | 'en';

/** The views, and how to reach each from the dashboard. */
const views: { name: string; open(page: Page): Promise<void> }[] = [
  { name: 'dashboard', open: (page) => nav(page, 'dashboard') },
  { name: 'network', open: (page) => nav(page, 'network') },
  {
    // No backup in this policy: the view says so (test/e2e/backup-view.e2e.test.ts shows it with data).
    name: 'backup',
    open: async (page) => {
      await nav(page, 'backup');
      await page.locator('[data-backup-configured="false"]').waitFor();
    },
  },
  {
    name: 'guide',
    open: async (page) => {
      await nav(page, 'dashboard');
      await page.locator('[data-action="start-guide"]').click();
      await page.locator('[data-guide-id]').waitFor();
    },
  },
  {
    name: 'area-computer',
    open: async (page) => {
      await nav(page, 'dashboard');
      await page.locator('[data-card-id="computer"] button').click();
      await page.locator('[data-area="computer"]').waitFor();
    },
  },
  {
    name: 'readiness',
    open: async (page) => {
      await nav(page, 'readiness');
      await page.locator('[data-can-invoice]').waitFor();
    },
  },
  {
    name: 'explain',
    open: async (page) => {
      await nav(page, 'explain');
      await page.locator('[data-input="code"]').fill('错误代码：248');
      await page.locator('form button[type="submit"]').click();
      await page.locator('[data-recognised]').waitFor();
    },
  },
  {
    name: 'history',
    open: async (page) => {
      await nav(page, 'history');
      await page.locator('[data-filter="practice"]').check();
      await page.locator('[data-incident-id]').first().locator('button').click();
      await page.locator('[data-detail-id] [data-input="note"]').waitFor();
    },
  },
  {
    name: 'support',
    open: async (page) => {
      await nav(page, 'support');
      await page.locator('[data-manifest-files]').waitFor();
      await page.locator('[data-contact-id="tax-hotline"]').waitFor();
    },
  },
  {
    name: 'practice',
    open: async (page) => {
      await nav(page, 'practice');
      await page.locator('[data-scenario-id]').first().waitFor();
    },
  },
  {
    name: 'settings',
    open: async (page) => {
      await nav(page, 'settings');
      await page.locator('[data-invoicing-mode]').waitFor();
    },
  },
];

async function nav(page: Page, view: string): Promise<void> {
  await page.locator(`[data-nav="${view}"]`).click();
  await page.locator('main h1').first().waitFor();
  await page.waitForTimeout(50); // let the view's first answer land
}

describe('every view in Chromium', () => {
  const app = appInChromium([
    '--policy',
    'test/fixtures/policy/loopback.json',
    '--simulate',
    'scenarios/network-port-blocked.json',
  ]);

  const ready = async (language: Language, size: { width: number; height: number; deviceScaleFactor?: number }) => {
    const opened = await openApp(app.browser, app.harness.url, { locale: language, ...size });
    await opened.page.locator('[data-card-id="network"][data-tone="fault"]').waitFor({ timeout: 20_000 });
    return opened;
  };

  for (const language of ['zh-CN', 'en'] as const) {
    it(`has no axe-core violation on any view in ${language}`, async () => {
      const { page, problems } = await ready(language, { width: 1366, height: 768 });
      const found: string[] = [];
      for (const view of views) {
        await view.open(page);
        found.push(...(await axeViolations(page)).map((v) => `${view.name}: ${v}`));
      }
      expect(found).toEqual([]);
      expect(problems).toEqual([]);
      await page.context().close();
    });

    it(`fits at 1366×768 and 1024×768 in ${language}, screenshots saved`, async () => {
      for (const width of [1366, 1024]) {
        const { page } = await ready(language, { width, height: 768 });
        const found: string[] = [];
        for (const view of views) {
          await view.open(page);
          await screenshot(page, `${view.name}-${width}x768-${language}`);
          found.push(...(await layoutProblems(page)).map((p) => `${width} ${view.name}: ${p}`));
        }
        expect(found).toEqual([]);
        await page.context().close();
      }
    });

    it(`fits at 150 % zoom of a 1024×768 screen in ${language}`, async () => {
      const { page } = await ready(language, { width: 683, height: 512, deviceScaleFactor: 1.5 });
      const found: string[] = [];
      for (const view of views) {
        await view.open(page);
        await screenshot(page, `${view.name}-zoom150-${language}`);
        found.push(...(await layoutProblems(page)).map((p) => `${view.name}: ${p}`));
      }
      expect(found).toEqual([]);
      await page.context().close();
    });
  }
});
