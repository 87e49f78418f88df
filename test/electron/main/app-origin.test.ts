// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { appEntryUrl, appOrigin, isAppUrl } from '../../../electron/main/app-origin';

describe('isAppUrl: which URLs count as our own renderer', () => {
  it('accepts the entry page and any path on app://invoiceguard', () => {
    expect(appOrigin).toBe('app://invoiceguard');
    expect(isAppUrl(appEntryUrl)).toBe(true);
    expect(isAppUrl('app://invoiceguard/assets/index-abc.js?x=1#top')).toBe(true);
    expect(isAppUrl('app://invoiceguard')).toBe(true);
  });

  it.each([
    ['a look-alike host', 'app://invoiceguard.evil/index.html'],
    ['our host as a subdomain of another', 'app://evil.invoiceguard.example/'],
    ['a port on our host', 'app://invoiceguard:80/index.html'],
    ['no host', 'app:///invoiceguard/index.html'],
    ['an opaque app: URL', 'app:invoiceguard'],
    ['another scheme on our host', 'https://invoiceguard/index.html'],
    ['a website', 'https://evil.example/'],
    ['a local file', 'file:///opt/invoiceguard/dist/renderer/index.html'],
    ['javascript:', 'javascript:alert(1)'],
    ['about:blank', 'about:blank'],
    ['a data: page', 'data:text/html,<h1>hi</h1>'],
  ])('refuses %s (%s)', (_what, url) => {
    expect(isAppUrl(url)).toBe(false);
  });

  it.each([[''], ['not a url'], ['://invoiceguard'], ['app//invoiceguard'], ['http://[::1']])(
    'refuses a malformed URL without throwing (%j)',
    (url) => {
      expect(isAppUrl(url)).toBe(false);
    },
  );

  it('refuses a host not in the lowercase form Chromium reports (APP://INVOICEGUARD): fail closed', () => {
    // app:// is registered as a standard scheme, so every URL Electron hands us is canonical
    // (lowercase host); anything else did not come from Chromium and is not trusted.
    expect(isAppUrl('APP://INVOICEGUARD/index.html')).toBe(false);
    expect(isAppUrl('App://invoiceguard/index.html')).toBe(true); // the scheme is always lowercased by URL
  });
});
