import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from './chromium';
import { startHarness, type RunningHarness } from './dev-web-harness';

export interface AppInChromium {
  browser: Browser;
  harness: RunningHarness;
}

type HarnessArgs = readonly string[] | (() => readonly string[] | Promise<readonly string[]>);

/**
 * The app on a real core through the browser harness, and Chromium to open it, for the describe
 * block this is called in: started before its tests, both stopped after them. Pass the harness's
 * arguments, or a function giving them when the block's own setup (a policy file, a help desk)
 * must run first. The fields are filled once the block's tests run.
 */
export function appInChromium(args: HarnessArgs): AppInChromium {
  const app = {} as Partial<AppInChromium>;
  beforeAll(async () => {
    app.harness = await startHarness(typeof args === 'function' ? await args() : args);
    app.browser = await launchChromium();
  });
  afterAll(async () => {
    await app.browser?.close();
    await app.harness?.stop();
  });
  return app as AppInChromium;
}

/** The same for one test: runs `use` with both started, stops both however it ends. */
export async function withAppInChromium<T>(
  args: readonly string[],
  use: (app: AppInChromium) => Promise<T>,
): Promise<T> {
  const harness = await startHarness(args);
  try {
    const browser = await launchChromium();
    try {
      return await use({ browser, harness });
    } finally {
      await browser.close();
    }
  } finally {
    await harness.stop();
  }
}
