// @vitest-environment node
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { app, fakeElectron } from '../../support/fake-electron';
import { registerAppScheme, serveRenderer } from '../../../electron/main/app-protocol';
import { contentSecurityPolicy } from '../../../shared/security/content-security-policy';

vi.mock('electron', () => import('../../support/fake-electron'));

describe('the app:// scheme', () => {
  it('is registered as a standard, secure scheme before the app is ready', () => {
    fakeElectron.reset();
    registerAppScheme();
    expect(fakeElectron.privilegedSchemes).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
  });
});

describe('serving the built renderer over app://invoiceguard', () => {
  let root: string;
  let outside: string;

  beforeAll(async () => {
    const base = await mkdtemp(path.join(tmpdir(), 'invoiceguard-app-protocol-'));
    root = path.join(base, 'renderer');
    outside = base;
    await mkdir(path.join(root, 'assets'), { recursive: true });
    await writeFile(path.join(root, 'index.html'), '<!doctype html><title>开票卫士</title>');
    await writeFile(path.join(root, 'assets', 'index.js'), 'console.log(1)');
    await writeFile(path.join(base, 'secret.txt'), 'not for the page');
  });
  afterAll(() => rm(outside, { recursive: true, force: true }));

  beforeEach(() => {
    fakeElectron.reset();
    app.becomeReady();
    serveRenderer(root);
  });

  const get = (url: string) => fakeElectron.fetchProtocol(url);

  it('serves index.html with its type and the strict CSP header', async () => {
    const response = await get('app://invoiceguard/index.html');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toBe('<!doctype html><title>开票卫士</title>');
    const csp = response.headers.get('content-security-policy');
    expect(csp).toBe(contentSecurityPolicy());
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("connect-src 'none'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('unsafe-eval');
  });

  it('serves / as index.html and assets with the CSP too', async () => {
    expect(await (await get('app://invoiceguard/')).text()).toContain('开票卫士');
    const script = await get('app://invoiceguard/assets/index.js?v=1');
    expect(script.status).toBe(200);
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(script.headers.get('content-security-policy')).toBe(contentSecurityPolicy());
  });

  it.each([
    ['another host', 'app://evil/index.html'],
    ['a look-alike host', 'app://invoiceguard.evil/index.html'],
    ['a missing file', 'app://invoiceguard/nope.js'],
    ['encoded ../ traversal', 'app://invoiceguard/%2e%2e/secret.txt'],
    ['encoded slash traversal', 'app://invoiceguard/..%2fsecret.txt'],
    ['double-encoded traversal', 'app://invoiceguard/%252e%252e/secret.txt'],
    ['an absolute path', 'app://invoiceguard/%2Fetc%2Fpasswd'],
    ['a malformed escape', 'app://invoiceguard/%E0%A4%A'],
    ['a directory', 'app://invoiceguard/assets'],
  ])('answers 404 for %s', async (_what, url) => {
    const response = await get(url);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('not for the page');
  });

  it('never serves a file outside the renderer folder through a raw ../ path', async () => {
    // A URL parser already folds /../ away; the handler must also refuse it if it arrives raw.
    const response = await get('app://invoiceguard/assets/../../secret.txt');
    expect(await response.text()).not.toContain('not for the page');
  });
});
