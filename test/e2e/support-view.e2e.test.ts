import { createServer, type IncomingMessage, type Server } from 'node:http';
import { afterAll, describe, expect, it } from 'vitest';
import { appInChromium } from '../support/app-in-chromium';
import { writeLoopbackPolicy } from '../support/loopback-app-policy';
import { axeViolations, openApp, screenshot } from '../support/ui-page';

// The support view on the real core through the harness, with the policy's webhook pointing at a
// help desk started here on 127.0.0.1: the manifest is listed before anything is sent, the harness
// (which cannot open links) leaves the number and address for the user, and "send" delivers
// exactly one ticket.

interface Received {
  url: string;
  key: string | undefined;
  bytes: number;
}

function helpDesk(): Promise<{ server: Server; url: string; received: Received[] }> {
  const received: Received[] = [];
  const server = createServer((req: IncomingMessage, res) => {
    let bytes = 0;
    req.on('data', (chunk: Buffer) => (bytes += chunk.length));
    req.on('end', () => {
      received.push({ url: req.url ?? '', key: req.headers['idempotency-key'] as string | undefined, bytes });
      res.writeHead(201, { 'content-type': 'application/json' }).end('{}');
    });
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      resolve({ server, url: `http://127.0.0.1:${port}/tickets`, received });
    }),
  );
}

describe('contact support in Chromium, on the real core', () => {
  let desk: Awaited<ReturnType<typeof helpDesk>>;
  let policy: ReturnType<typeof writeLoopbackPolicy>;

  const app = appInChromium(async () => {
    desk = await helpDesk();
    policy = writeLoopbackPolicy((base) => ({
      ...base,
      support: {
        it: { name: '财务 IT', phone: '010-6000 0000', mail: 'it-helpdesk@example.com', note: '工作日 9:00–18:00' },
        webhook: { url: desk.url, token: 'e2e-secret-token', timeoutSeconds: 5 },
      },
    }));
    return ['--policy', policy.file];
  });
  afterAll(async () => {
    desk?.server.close();
    policy?.remove();
  });

  it('lists contacts and the manifest first, leaves links for use by hand, and sends exactly one ticket', async () => {
    const { page, problems } = await openApp(app.browser, app.harness.url, {
      locale: 'zh-CN',
      width: 1024,
      height: 768,
    });
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.locator('[data-action="contact-support"]').click();
    const view = page.locator('.support-view');
    await view.locator('[data-contact-id="it"]').waitFor();
    expect(await view.locator('[data-contact-id="it"]').textContent()).toContain('010-6000 0000');
    expect(await view.locator('[data-contact-id="tax-hotline"]').textContent()).toContain('12366 纳税服务热线');
    await view.locator('[data-manifest-files]').waitFor();
    expect(await view.locator('[data-file="report.html"]').textContent()).toContain('报告');
    expect(desk.received).toEqual([]); // nothing built or sent by looking

    // The harness cannot open tel: links: the number stays for the user, no raw error.
    await view.locator('[data-contact-id="tax-hotline"] button').first().click();
    await view.getByText('这里不能直接打开，请自己使用：12366').waitFor();

    await view.locator('[data-action="copy-summary"]').click();
    await view.locator('[data-copy-state]').first().waitFor();
    expect(await view.locator('#support-summary').inputValue()).toMatch(/\S/);

    await view.locator('[data-action="mail-draft"]').click();
    await view.locator('[data-mail-state="manual"]').waitFor({ timeout: 20_000 });
    expect(await view.locator('[data-mail-state]').textContent()).toContain('it-helpdesk@example.com');
    expect(await view.locator('[data-mail-state]').textContent()).toContain('支持包已保存在');

    await view.locator('[data-input="ticket-note"]').fill('开票时报 0x0963c2');
    await view.locator('[data-action="send-ticket"]').click();
    await view.locator('[data-sent-state="queued"]').waitFor({ timeout: 20_000 });
    await view.locator('[data-ticket-state="delivered"]').waitFor({ timeout: 20_000 });
    expect(await view.locator('[data-ticket-state]').count()).toBe(1);
    await page.waitForTimeout(1000); // a second delivery would have been attempted by now
    expect(desk.received).toHaveLength(1);
    expect(desk.received[0]).toMatchObject({ url: '/tickets' });
    expect(desk.received[0]!.key).toMatch(/^[0-9a-f-]{36}$/);

    await screenshot(page, 'support-real-sent-1024x768-zh-CN');
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
