/** The renderer is served from this private scheme, never file:// (which would grant file access). */
export const appScheme = 'app';
export const appHost = 'invoiceguard';
export const appOrigin = `${appScheme}://${appHost}`;
export const appEntryUrl = `${appOrigin}/index.html`;

/** True for URLs of our own renderer, the only pages that may talk to the core. */
export function isAppUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${appScheme}:` && parsed.host === appHost;
  } catch {
    return false;
  }
}
