import { protocol } from 'electron';
import { contentSecurityPolicy } from '../../shared/security/content-security-policy';
import { readStaticFile } from '../util/static-files';
import { appHost, appScheme } from './app-origin';

/**
 * Must run before `app.ready`: app:// behaves like a secure standard origin (no file:// powers).
 * supportFetchAPI lets the page load its own ES modules (Vite emits `type="module" crossorigin`);
 * corsEnabled stays off so no other origin can read from app://.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: appScheme, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/**
 * Serves the built renderer from `rendererDir` with the strict CSP header on every response.
 *
 * electronegativity: CSP_GLOBAL_CHECK — the policy is this response header (default-src 'none',
 * shared/security/content-security-policy.ts), which the scanner does not see in a protocol handler.
 */
export function serveRenderer(rendererDir: string): void {
  protocol.handle(appScheme, async (request) => {
    const url = new URL(request.url);
    const file = url.host === appHost ? await readStaticFile(rendererDir, url.pathname) : undefined;
    if (!file) return new Response('not found', { status: 404 });
    return new Response(new Uint8Array(file.body), {
      headers: {
        'Content-Type': file.type,
        'Content-Security-Policy': contentSecurityPolicy(),
        'X-Content-Type-Options': 'nosniff',
      },
    });
  });
}
