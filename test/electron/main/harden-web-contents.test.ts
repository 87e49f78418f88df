// @vitest-environment node
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { App, Session } from 'electron';
import { app, BrowserWindow, fakeElectron, session } from '../../support/fake-electron';
import { denyAllPermissions, hardenWebContents } from '../../../electron/main/harden-web-contents';

vi.mock('electron', () => import('../../support/fake-electron'));

describe('every page the app creates is hardened', () => {
  let contents: BrowserWindow['webContents'];

  beforeEach(() => {
    fakeElectron.reset();
    hardenWebContents(app as unknown as App);
    // A new window fires 'web-contents-created', as in Electron: the hardening applies by itself.
    contents = new BrowserWindow({}).webContents;
  });

  it('denies window.open, whatever the URL', () => {
    for (const url of ['https://evil.example/', 'app://invoiceguard/index.html', 'file:///etc/passwd']) {
      expect(contents.windowOpenHandler?.({ url })).toEqual({ action: 'deny' });
    }
  });

  it.each([
    'https://evil.example/',
    'file:///etc/passwd',
    'app://invoiceguard.evil/',
    'javascript:alert(1)',
    'not a url',
  ])('prevents navigation and redirects to %s', (url) => {
    expect(contents.dispatchPreventable('will-navigate', url)).toBe(true);
    expect(contents.dispatchPreventable('will-redirect', url)).toBe(true);
  });

  it('lets our own page navigate within app://invoiceguard', () => {
    expect(contents.dispatchPreventable('will-navigate', 'app://invoiceguard/index.html')).toBe(false);
    expect(contents.dispatchPreventable('will-redirect', 'app://invoiceguard/index.html#/faults')).toBe(false);
  });

  it('prevents attaching a webview', () => {
    expect(contents.dispatchPreventable('will-attach-webview', {}, { src: 'https://evil.example/' })).toBe(true);
  });
});

describe('denyAllPermissions', () => {
  beforeEach(() => {
    fakeElectron.reset();
    denyAllPermissions(session.defaultSession as unknown as Session);
  });

  it.each([
    'media',
    'notifications',
    'geolocation',
    'clipboard-read',
    'openExternal',
    'fullscreen',
    'hid',
    'usb',
    'serial',
  ])('refuses a page asking for %s, both the request and the check', (permission) => {
    const callback = vi.fn();
    fakeElectron.session.permissionRequestHandler?.({}, permission, callback, {});
    expect(callback).toHaveBeenCalledExactlyOnceWith(false);
    expect(fakeElectron.session.permissionCheckHandler?.({}, permission, 'app://invoiceguard', {})).toBe(false);
  });

  it('installs both handlers', () => {
    expect(fakeElectron.session.permissionRequestHandler).toBeTypeOf('function');
    expect(fakeElectron.session.permissionCheckHandler).toBeTypeOf('function');
  });
});
