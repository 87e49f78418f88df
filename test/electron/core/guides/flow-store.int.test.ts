import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openFlowStore } from '../../../../electron/core/guides/flow-store';
import { defaultDataDir } from '../../../../electron/core/data-dir';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'ig-flow-store-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('flow-state file on a real disk', () => {
  it('starts empty when there is no file, and creates its folder on the first save', async () => {
    const file = path.join(dir, 'nested', 'flow-state.json');
    const store = await openFlowStore(file);
    expect(store.state().incidents).toEqual([]);
    await store.update((s) => void (s.filing['2026-11'] = { reported: 'a' }));
    expect(JSON.parse(await readFile(file, 'utf8'))).toMatchObject({
      version: 1,
      filing: { '2026-11': { reported: 'a' } },
    });
  });

  it('reads back what it saved after a restart', async () => {
    const file = path.join(dir, 'flow-state.json');
    const first = await openFlowStore(file);
    await first.update((s) => void (s.filing['2026-11'] = { reported: 'x', cleared: 'y' }));
    const second = await openFlowStore(file);
    expect(second.state().filing['2026-11']).toEqual({ reported: 'x', cleared: 'y' });
    expect(second.notice()).toBeUndefined();
  });

  it('writes atomically: many overlapping saves leave one valid file and no temp files', async () => {
    const file = path.join(dir, 'flow-state.json');
    const store = await openFlowStore(file);
    await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        store.update((s) => void (s.filing[`2026-${String((i % 12) + 1).padStart(2, '0')}`] = { reported: String(i) })),
      ),
    );
    expect(JSON.parse(await readFile(file, 'utf8')).filing['2026-02']).toEqual({ reported: '49' });
    expect((await readdir(dir)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it.each([
    ['truncated JSON', '{"version":1,"incidents":['],
    ['a different shape', '{"version":2,"incidents":"no"}'],
    ['binary junk', '\u0000\u0001\u00ff garbage'],
  ])('survives %s: keeps the bad file aside, starts empty and says so', async (_name, text) => {
    const file = path.join(dir, 'flow-state.json');
    await writeFile(file, text);
    const lines: string[] = [];
    const store = await openFlowStore(file, (l) => lines.push(l));
    expect(store.state().incidents).toEqual([]);
    const notice = store.notice();
    expect(notice?.key).toBe('flow.stateCorrupt');
    const aside = String(notice?.params?.path);
    expect(await readFile(aside, 'utf8')).toBe(text);
    expect(lines.join('\n')).toContain('not usable');
    await store.update((s) => void (s.filing['2026-01'] = {}));
    expect(JSON.parse(await readFile(file, 'utf8')).version).toBe(1);
  });

  it('treats a directory where the file should be as unusable, without crashing', async () => {
    const file = path.join(dir, 'flow-state.json');
    await (await import('node:fs/promises')).mkdir(file);
    const store = await openFlowStore(file);
    expect(store.notice()?.key).toMatch(/^flow\.state(Corrupt|Unreadable)$/);
  });
});

describe('default data directory per OS', () => {
  it('uses %LOCALAPPDATA% on Windows, Application Support on macOS, XDG state elsewhere', () => {
    expect(defaultDataDir('win32', { LOCALAPPDATA: 'C:\\Users\\kj\\AppData\\Local' }, 'C:\\Users\\kj')).toBe(
      'C:\\Users\\kj\\AppData\\Local\\InvoiceGuard',
    );
    expect(defaultDataDir('darwin', {}, '/Users/kj')).toBe('/Users/kj/Library/Application Support/InvoiceGuard');
    expect(defaultDataDir('linux', { XDG_STATE_HOME: '/home/kj/.st' }, '/home/kj')).toBe('/home/kj/.st/invoiceguard');
    expect(defaultDataDir('linux', { XDG_STATE_HOME: 'relative' }, '/home/kj')).toBe(
      '/home/kj/.local/state/invoiceguard',
    );
    expect(defaultDataDir('linux', {}, '/home/kj')).toBe('/home/kj/.local/state/invoiceguard');
  });
});
