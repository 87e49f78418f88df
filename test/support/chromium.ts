import { chromium, type Browser } from 'playwright-core';

/**
 * Debian's Chromium, headless, reaching nothing but loopback. The switches below stop most of its
 * own traffic, yet it still looks up Google's sign-in, update and autofill hosts (seen with tcpdump
 * during the suite); so every name resolves to nothing and anything not on loopback goes to a proxy
 * on the discard port, where nothing listens. Loopback bypasses proxies in Chromium by default.
 */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      '--no-first-run',
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost',
      '--proxy-server=http://127.0.0.1:9',
    ],
  });
}
