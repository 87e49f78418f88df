import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { languages, messagesFor } from '../../../shared/i18n/catalog';
import { rendererCatalogs } from '../../../renderer/src/i18n/renderer-catalogs';
import { allRendererMessages } from '../../../renderer/src/i18n/all-messages';
import { messageParts, partOf, selectPart } from '../../../renderer/src/i18n/message-parts';
import { backupPhases } from '../../../shared/backup/backup-schema';

const placeholders = (text: string) => [...text.matchAll(/{{\s*(\w+)/g)].map((m) => m[1]).sort();

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    return statSync(file).isDirectory() ? sources(file) : /\.tsx?$/.test(name) ? [file] : [];
  });
}

describe('the window’s own strings', () => {
  it('are defined once, in both languages, with the same placeholders, never clashing with a shared key', () => {
    const shared = new Set(Object.keys(messagesFor('zh-CN')));
    const seen = new Set<string>();
    for (const catalog of rendererCatalogs) {
      expect(Object.keys(catalog.en).sort()).toEqual(Object.keys(catalog['zh-CN']).sort());
      for (const [key, zh] of Object.entries(catalog['zh-CN'])) {
        expect(shared.has(key), `${key} is also a shared key`).toBe(false);
        expect(seen.has(key), `${key} twice`).toBe(false);
        seen.add(key);
        expect(zh.trim(), key).not.toBe('');
        expect(placeholders((catalog.en as Record<string, string>)[key]!), key).toEqual(placeholders(zh));
      }
    }
  });

  it('split into parts that together are every string, each key in one part', () => {
    for (const language of languages) {
      const all = allRendererMessages(language);
      const parts = messageParts.map((p) => selectPart(all, p));
      expect(Object.assign({}, ...parts)).toEqual(all);
      expect(parts.reduce((n, p) => n + Object.keys(p).length, 0)).toBe(Object.keys(all).length);
    }
    expect(partOf('guide.tax-device.missing.1.do')).toBe('views');
    expect(partOf('fault.tax-device.missing.title')).toBe('screen');
    expect(partOf('fault.tax-device.missing.explain')).toBe('details');
    expect(partOf('policy.rule.date')).toBe('details');
  });

  it('cover every literal key the renderer’s code names', () => {
    const all = allRendererMessages('zh-CN');
    const dir = path.resolve(__dirname, '../../../renderer/src');
    const named = new Set<string>();
    for (const file of sources(dir)) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/'((?:ui|status|verdict|app|readiness)\.[\w.-]+)'/g)) named.add(m[1]!);
    }
    const missing = [...named].filter((k) => !k.endsWith('.') && !(k in all));
    expect(missing).toEqual([]);
  });

  it('have a display text for every key a view builds from data (invoicing mode, scopes, causes, policy sources)', () => {
    const all = allRendererMessages('en');
    const built = [
      ...['tax-device', 'digital'].map((m) => `ui.invoicing.mode.${m}`),
      ...['tax-device', 'digital'].flatMap((m) =>
        ['policy', 'seen', 'default'].map((b) => `ui.invoicing.because.${m}.${b}`),
      ),
      ...[
        'ok',
        'nothing-checked',
        'unknown',
        'this-computer',
        'local-network',
        'firewall',
        'remote-service',
        'tls-only',
      ].map((s) => `ui.network.scope.${s}`),
      ...['refused', 'nxdomain', 'dns-error', 'tls-error', 'http-error'].map((c) => `ui.network.cause.${c}`),
      ...['computer', 'router', 'dns', 'platforms'].map((l) => `ui.network.link.${l}`),
      ...['cli', 'env', 'machine', 'default', 'scenario'].map((s) => `ui.settings.policySource.${s}`),
      ...languages.map((l) => `ui.language.${l}`),
      // The backup view: destination kinds, job kinds and phases, snapshot states.
      ...['folder', 'usb', 'network'].map((k) => `ui.backup.kind.${k}`),
      ...['backup', 'verify', 'restore', 'drill'].map((k) => `ui.backup.job.${k}`),
      ...backupPhases.map((p) => `backup.phase.${p}`),
      ...['complete', 'partial'].flatMap((s) => [`ui.backup.snap.${s}`, `ui.backup.dest.newest.${s}`]),
    ];
    expect(built.filter((k) => !(k in all))).toEqual([]);
  });
});
