// @vitest-environment node
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeElectron, shell } from '../../support/fake-electron';
import {
  createOpenExternalHandler,
  isAllowedExternalUrl,
  revealSupportBundle,
} from '../../../electron/main/open-external';
import { supportContacts } from '../../../shared/support/support-contacts';
import { supportPolicySchema } from '../../../shared/policy/support-policy';

vi.mock('electron', () => import('../../support/fake-electron'));

const allow = supportContacts(
  supportPolicySchema.parse({
    it: { mail: 'it@example.com', phone: '010-8888 6666', portal: 'https://help.example.com/invoice' },
  }),
).allow;

describe('which URLs the main process may open', () => {
  it.each([
    'mailto:it@example.com',
    'mailto:IT@example.com?subject=%E6%B1%82%E5%8A%A9&body=line%0D%0Aline',
    'tel:01088886666',
    'tel:010-8888-6666',
    'tel:12366',
    'https://help.example.com/invoice',
    'https://www.chinatax.gov.cn/',
  ])('opens %s (named by the policy or the built-in list)', (url) =>
    expect(isAllowedExternalUrl(url, allow)).toBe(true),
  );

  it.each([
    'mailto:attacker@evil.example',
    'mailto:it@example.com,attacker@evil.example',
    'mailto:it@example.com?cc=attacker@evil.example',
    'mailto:it@example.com?bcc=attacker@evil.example&subject=x',
    'tel:110',
    'tel:12366?x=1',
    'https://help.example.com/invoice/../admin',
    'https://help.example.com/other',
    'https://user:pass@help.example.com/invoice',
    'https://help.example.com.evil.example/invoice',
    'http://help.example.com/invoice',
    'file:///C:/Windows/System32/calc.exe',
    'javascript:alert(1)',
    'smb://evil.example/share',
    'ms-msdt:/id PCWDiagnostic',
    'not a url',
    '',
  ])('refuses %s', (url) => expect(isAllowedExternalUrl(url, allow)).toBe(false));
});

describe('the openExternal request in the main process', () => {
  beforeEach(() => fakeElectron.reset());

  it('hands an allowed URL to shell.openExternal and nothing else', async () => {
    const open = createOpenExternalHandler({ shell, allowlist: async () => allow });
    expect(await open({ url: 'tel:12366' })).toEqual({ opened: true });
    expect(await open({ url: 'file:///etc/passwd' })).toEqual({ opened: false });
    expect(await open({ url: 'https://evil.example/' })).toEqual({ opened: false });
    expect(fakeElectron.openedExternal).toEqual(['tel:12366']);
  });

  it('opens nothing while the allowlist is not available (the core is restarting)', async () => {
    const open = createOpenExternalHandler({ shell, allowlist: async () => undefined });
    expect(await open({ url: 'tel:12366' })).toEqual({ opened: false });
    const failing = createOpenExternalHandler({ shell, allowlist: () => Promise.reject(new Error('unavailable')) });
    expect(await failing({ url: 'tel:12366' })).toEqual({ opened: false });
    expect(fakeElectron.openedExternal).toEqual([]);
  });

  it('answers opened: false when the OS has no handler for the scheme', async () => {
    fakeElectron.failOpenExternal(true);
    const lines: string[] = [];
    const open = createOpenExternalHandler({ shell, allowlist: async () => allow, log: (l) => lines.push(l) });
    expect(await open({ url: 'mailto:it@example.com' })).toEqual({ opened: false });
    expect(lines.join()).toContain('could not open');
  });
});

describe('showing a saved bundle in its folder', () => {
  beforeEach(() => fakeElectron.reset());

  it('shows the bundle the core built, and nothing outside the bundle folder', () => {
    const folder = '/home/u/.local/state/invoiceguard/support';
    expect(
      revealSupportBundle(shell, { folder, file: `${folder}/invoiceguard-support-20261127-090000-ab12.zip` }),
    ).toBe(true);
    expect(revealSupportBundle(shell, { folder, file: `${folder}/../flow-state.json` })).toBe(false);
    expect(revealSupportBundle(shell, { folder, file: '/etc/passwd' })).toBe(false);
    expect(revealSupportBundle(shell, { folder, file: `${folder}/run-me.exe` })).toBe(false);
    expect(fakeElectron.shownInFolder).toEqual([`${folder}/invoiceguard-support-20261127-090000-ab12.zip`]);
  });
});
