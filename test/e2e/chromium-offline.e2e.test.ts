import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../support/chromium';

// The e2e tests' Chromium may send nothing past loopback (the brief; tcpdump showed it asking for
// Google's hosts before these switches). 192.0.2.1 is TEST-NET-1 and `.invalid` never resolves, so
// even a broken guard would reach no one.

describe('the tests’ Chromium', () => {
  let browser: Browser;
  let server: Server;
  let url: string;

  beforeAll(async () => {
    server = createServer((_req, res) => res.end('loopback answered'));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as { port: number }).port}/`;
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    server?.close();
  });

  it('loads a page from loopback', async () => {
    const page = await browser.newPage();
    await page.goto(url);
    expect(await page.textContent('body')).toBe('loopback answered');
  });

  it.each(['http://192.0.2.1/', 'http://invoiceguard-e2e.invalid/'])('reaches nothing past it: %s', async (outside) => {
    const page = await browser.newPage();
    await expect(page.goto(outside, { timeout: 10_000 })).rejects.toThrow(
      /net::ERR_(PROXY_CONNECTION_FAILED|NAME_NOT_RESOLVED)/,
    );
  });
});
