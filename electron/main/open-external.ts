import path from 'node:path';
import type { Shell } from 'electron';
import { telNumber, type ExternalAllowlist } from '../../shared/support/support-contacts';

/**
 * Whether the main process may hand a URL to the operating system (pure). Only three schemes, and
 * only what the policy or the built-in contact list names (getSupportContacts' `allow`):
 * - `mailto:` to exactly one allowed address, with at most a subject and a body (no cc, bcc or to
 *   that would add recipients);
 * - `tel:` to an allowed number (compared digit by digit);
 * - `https:` to exactly an allowed URL (no user name or password, no other path or query).
 * Everything else — http:, file:, javascript:, smb:, custom schemes, junk — is refused.
 */
export function isAllowedExternalUrl(url: string, allow: ExternalAllowlist): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol === 'mailto:') {
    let address: string;
    try {
      address = decodeURIComponent(parsed.pathname).trim().toLowerCase();
    } catch {
      return false;
    }
    if (!address || /[,;\s]/.test(address)) return false;
    const keys = [...parsed.searchParams.keys()].map((k) => k.toLowerCase());
    if (keys.some((k) => k !== 'subject' && k !== 'body')) return false;
    return allow.mailto.some((m) => m.toLowerCase() === address);
  }
  if (parsed.protocol === 'tel:') {
    if (parsed.search || parsed.hash) return false;
    const wanted = telNumber(decodeURIComponent(parsed.pathname));
    return wanted !== '' && allow.tel.some((n) => telNumber(n) === wanted);
  }
  if (parsed.protocol === 'https:') {
    if (parsed.username || parsed.password) return false;
    return allow.https.some((allowed) => {
      try {
        return new URL(allowed).href === parsed.href;
      } catch {
        return false;
      }
    });
  }
  return false;
}

/**
 * The `openExternal` request, answered by the main process (never forwarded to the core, never
 * opened by the page): fetches the current allowlist (from the core's getSupportContacts), checks
 * the URL against it, and only then calls shell.openExternal. In the spirit of Electron Fiddle's
 * safelyOpenWebURL, with an allowlist instead of "any web URL".
 */
export function createOpenExternalHandler(deps: {
  shell: Pick<Shell, 'openExternal'>;
  allowlist: () => Promise<ExternalAllowlist | undefined>;
  log?: (line: string) => void;
}): (params: { url: string }) => Promise<{ opened: boolean }> {
  return async ({ url }) => {
    const allow = await deps.allowlist().catch(() => undefined);
    if (!allow || !isAllowedExternalUrl(url, allow)) {
      deps.log?.(`refused to open a URL that is not on the support allowlist (${url.split(':')[0]}:)`);
      return { opened: false };
    }
    try {
      // electronegativity: OPEN_EXTERNAL_JS_CHECK — reached only after isAllowedExternalUrl: mailto:,
      // tel: and https: URLs that the policy's support contacts or the built-in list name, nothing else.
      await deps.shell.openExternal(url);
      return { opened: true };
    } catch (error) {
      deps.log?.(`could not open an external URL: ${String(error)}`);
      return { opened: false };
    }
  };
}

/**
 * Shows a support bundle the core just built in the file manager (the mail-draft channel: the user
 * attaches it by hand). Takes the core's buildSupportBundle answer, never a path from the page, and
 * still checks that it is a bundle file directly inside that bundle folder.
 */
export function revealSupportBundle(
  shell: Pick<Shell, 'showItemInFolder'>,
  built: { file: string; folder: string },
): boolean {
  const file = path.resolve(built.file);
  const inside = path.dirname(file) === path.resolve(built.folder);
  if (!inside || !/^invoiceguard-support-[\w-]+\.zip$/.test(path.basename(file))) return false;
  shell.showItemInFolder(file);
  return true;
}
