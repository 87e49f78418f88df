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
  options: { locale: 'zh-CN' | 'en'; width?: number; height?: number; deviceScaleFactor?: number },
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
  await page.locator('[data-verdict]').first().waitFor();
  return { page, problems };
}

let axeSource: string | undefined;

/**
 * axe-core's violations on the page as it is now (WCAG 2.1 A and AA rules and best practices).
 * axe runs through page.evaluate, which the page's Content-Security-Policy does not apply to, so the
 * page is tested with its real CSP in force.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  axeSource ??= readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    type Rule = { id: string; help: string; nodes: { target: unknown[] }[] };
    const axe = (window as unknown as { axe: { run(o: object): Promise<{ violations: Rule[]; passes: Rule[] }> } }).axe;
    const result = await axe.run({
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
      resultTypes: ['violations'],
    });
    return {
      passed: result.passes.map((r) => r.id),
      violations: result.violations.map(
        (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')})`,
      ),
    };
  });
  // A run that checked nothing (axe not loaded, an empty page) must not pass for a clean one.
  if (
    !violations.passed.includes('color-contrast') &&
    !violations.violations.some((v) => v.startsWith('color-contrast'))
  ) {
    throw new Error(`axe did not check contrast; rules passed: ${violations.passed.join(', ')}`);
  }
  return violations.violations;
}

/** Goes to a view by its navigation button and waits for its heading to take focus. */
export async function showView(page: Page, name: string): Promise<void> {
  await page.locator('nav').getByRole('button', { name, exact: true }).click();
  await page.waitForFunction(
    () => document.activeElement?.tagName === 'H1' || document.querySelector('main h1') !== null,
  );
  await page.locator('main h1').first().waitFor();
}

/** Saves a full-page screenshot as test-results/screenshots/<name>.png. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(screenshotDir, { recursive: true });
  await page.screenshot({ path: path.join(screenshotDir, `${name}.png`), fullPage: true });
}

/**
 * What does not fit: the page scrolling sideways, or a control, heading or card whose content is
 * wider than the box it is in (text cut off or running out).
 */
export async function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const doc = document.documentElement;
    if (doc.scrollWidth > doc.clientWidth + 1)
      problems.push(`page scrolls sideways: ${doc.scrollWidth} > ${doc.clientWidth}`);
    for (const el of document.querySelectorAll<HTMLElement>(
      'button, h1, h2, h3, .card, .badge, .pill, .step, .platform, label',
    )) {
      if (el.offsetParent === null) continue;
      if (el.scrollWidth > el.clientWidth + 2) {
        problems.push(
          `${el.tagName.toLowerCase()}.${el.className} "${(el.textContent ?? '').trim().slice(0, 40)}" overflows: ${el.scrollWidth} > ${el.clientWidth}`,
        );
      }
      const box = el.getBoundingClientRect();
      if (box.right > doc.clientWidth + 1)
        problems.push(`"${(el.textContent ?? '').trim().slice(0, 40)}" runs off the right edge`);
    }
    return problems;
  });
}
