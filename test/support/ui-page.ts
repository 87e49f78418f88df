import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';

const require = createRequire(__filename);
const repoRoot = path.resolve(__dirname, '../..');
/** Where e2e tests leave their screenshots (gitignored with the rest of test-results/). */
export const screenshotDir = path.join(repoRoot, 'test-results/screenshots');

export interface OpenedPage {
  page: Page;
  /** Page errors and console errors seen so far (CSP violations show up here). */
  problems: string[];
}

/** Opens the harness page in a fresh context (its own language choice and storage). */
export async function openApp(
  browser: Browser,
  url: string,
  options: {
    locale: 'zh-CN' | 'en';
    width?: number;
    height?: number;
    deviceScaleFactor?: number;
    /** false: return once the page is loaded, for a page that is not meant to reach the core. */
    awaitVerdict?: boolean;
  },
): Promise<OpenedPage> {
  const context = await browser.newContext({
    locale: options.locale,
    viewport: { width: options.width ?? 1366, height: options.height ?? 768 },
    deviceScaleFactor: options.deviceScaleFactor ?? 1,
  });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  await page.goto(url);
  if (options.awaitVerdict !== false) await page.locator('[data-verdict]').first().waitFor();
  return { page, problems };
}

let axeSource: string | undefined;

// In-page code is kept as source text: it runs in Chromium, and this project's Node-side tests
// have no DOM types.
const runAxe = `(async () => {
  const result = await window.axe.run({
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
    resultTypes: ['violations'],
  });
  return {
    passed: result.passes.map((r) => r.id),
    violations: result.violations.map(
      (v) => v.id + ': ' + v.help + ' (' + v.nodes.map((n) => JSON.stringify(n.target)).join(', ') + ')',
    ),
  };
})()`;

/**
 * axe-core's violations on the page as it is now (WCAG 2.1 A and AA rules and best practices).
 * axe runs through page.evaluate, which the page's Content-Security-Policy does not apply to, so the
 * page is tested with its real CSP in force.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  axeSource ??= readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  await page.evaluate(axeSource);
  const result = (await page.evaluate(runAxe)) as { passed: string[]; violations: string[] };
  // A run that checked nothing (axe not loaded, an empty page) must not pass for a clean one.
  if (!result.passed.includes('color-contrast') && !result.violations.some((v) => v.startsWith('color-contrast'))) {
    throw new Error(`axe did not check contrast; rules passed: ${result.passed.join(', ')}`);
  }
  return result.violations;
}

/** Saves a full-page screenshot as test-results/screenshots/<name>.png. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(screenshotDir, { recursive: true });
  await page.screenshot({ path: path.join(screenshotDir, `${name}.png`), fullPage: true });
}

const findLayoutProblems = `(() => {
  const problems = [];
  const doc = document.documentElement;
  if (doc.scrollWidth > doc.clientWidth + 1) problems.push('page scrolls sideways: ' + doc.scrollWidth + ' > ' + doc.clientWidth);
  for (const el of document.querySelectorAll('button, h1, h2, h3, .card, .badge, .pill, .step, .platform, label')) {
    if (el.offsetParent === null) continue;
    const text = (el.textContent || '').trim().slice(0, 40);
    if (el.scrollWidth > el.clientWidth + 2) {
      problems.push(el.tagName.toLowerCase() + '.' + el.className + ' "' + text + '" overflows: ' + el.scrollWidth + ' > ' + el.clientWidth);
    }
    if (el.getBoundingClientRect().right > doc.clientWidth + 1) problems.push('"' + text + '" runs off the right edge');
  }
  return problems;
})()`;

/**
 * What does not fit: the page scrolling sideways, or a control, heading or card whose content is
 * wider than the box it is in (text cut off or running out).
 */
export async function layoutProblems(page: Page): Promise<string[]> {
  return (await page.evaluate(findLayoutProblems)) as string[];
}

/** What has keyboard focus: its tag, data-action, text and the guide step it is in. */
export async function focusedElement(
  page: Page,
): Promise<{ tag?: string; action?: string; text: string; step?: string | null }> {
  return (await page.evaluate(`(() => {
    const el = document.activeElement;
    return {
      tag: el ? el.tagName : undefined,
      action: el && el.dataset ? el.dataset.action : undefined,
      text: (el && el.textContent) || '',
      step: el && el.closest('[data-step]') ? el.closest('[data-step]').getAttribute('data-step') : undefined,
    };
  })()`)) as { tag?: string; action?: string; text: string; step?: string | null };
}
