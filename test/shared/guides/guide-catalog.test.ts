import { describe, expect, it } from 'vitest';
import { faultCatalog } from '../../../shared/faults/catalog';
import { guideDefinitions, guideFor, guideIds } from '../../../shared/guides/catalog';
import { messagesFor, languages } from '../../../shared/i18n/catalog';
import { errorCodes, codeTextKeys } from '../../../shared/codes/error-codes';

/** Every fault id the USB, network and system issues name, plus the guide-only ones. */
const namedFaults = [
  'tax-device.missing',
  'tax-device.multiple',
  'tax-device.bank-key-instead',
  'usb.flapping',
  'printer.usb-missing',
  'card-reader.missing',
  'network.no-link',
  'network.no-gateway',
  'network.dns',
  'network.port-blocked',
  'network.service-down',
  'network.local-service-down',
  'printer.offline',
  'printer.paused',
  'printer.jobs-stuck',
  'printer.not-found',
  'printer.no-default',
  'disk.low-space',
  'disk.failing',
  'memory.low',
  'clock.offset',
  'clock.timezone',
  'software.not-running',
  'software.outdated',
  'system.recent-crash',
  'system.reboot-pending',
  'security.av-off',
  'security.firewall-off',
  'tax-device.cert-password',
  'tax-device.clock',
  'filing.not-reported',
  'tax-device.offline-limit',
  'printer.driver-crash',
  'software.patch-conflict',
  'data.lost',
  'backup.stale',
];

describe('every fault has a guide and every text both languages', () => {
  it.each(Object.entries(faultCatalog))('fault %s has a guide with steps', (id, definition) => {
    const guide = guideFor(definition.guide);
    expect(guide, `fault ${id} names guide "${definition.guide}", which does not exist`).toBeDefined();
    expect(guide?.steps.length).toBeGreaterThanOrEqual(2);
  });

  it.each(namedFaults)("the issues' fault %s has a guide even before its definition lands", (id) => {
    expect(guideFor(id)).toBeDefined();
  });

  it.each(Object.keys(faultCatalog))('fault %s has a title and an explanation in every language', (id) => {
    for (const language of languages) {
      const messages = messagesFor(language);
      expect(messages[`fault.${id}.title`], `${language} fault.${id}.title`).toBeTruthy();
      expect(messages[`fault.${id}.explain`], `${language} fault.${id}.explain`).toBeTruthy();
    }
  });

  it.each(guideIds)('guide %s: every step has its texts in zh-CN and en, and the last step offers support', (id) => {
    const guide = guideFor(id)!;
    const keys = guide.steps.flatMap((s) => [s.doKey, s.whyKey, ...(s.warnKey ? [s.warnKey] : [])]);
    for (const language of languages) {
      const messages = messagesFor(language);
      for (const key of keys) expect(messages[key], `${language} ${key}`).toBeTruthy();
    }
    expect(guide.steps.at(-1)?.support).toBe(true);
    expect(guide.steps.map((s) => s.n)).toEqual(guide.steps.map((_, i) => i + 1));
  });

  it('has no step text in the catalogs that no guide step uses (a renumbered guide leaves none behind)', () => {
    const used = new Set(
      guideIds.flatMap((id) => guideFor(id)!.steps.flatMap((s) => [s.doKey, s.whyKey, s.warnKey ?? ''])),
    );
    const stepKeys = Object.keys(messagesFor('zh-CN')).filter((k) => /^guide\..+\.\d+\.(do|why|warn)$/.test(k));
    expect(stepKeys.filter((k) => !used.has(k))).toEqual([]);
  });

  it('names only real checks in re-run checks and warns where power or recovery software could do harm', () => {
    for (const [id, definition] of Object.entries(guideDefinitions)) {
      for (const step of definition.steps) {
        for (const checkId of step.check?.checkIds ?? []) expect(checkId, id).toMatch(/^(\$fault|[a-z-]+\.[a-z.-]+)$/);
      }
    }
    const zh = messagesFor('zh-CN');
    expect(zh['guide.data.lost.3.warn']).toContain('不要把恢复软件安装到要恢复数据的那块硬盘上');
    expect(zh['guide.tax-device.missing.1.warn']).toContain('断电');
  });

  it('every error code has a meaning and an action in both languages, and a guide that exists', () => {
    for (const entry of errorCodes) {
      const { meaning, action } = codeTextKeys(entry);
      for (const language of languages) {
        expect(messagesFor(language)[meaning], `${language} ${meaning}`).toBeTruthy();
        expect(messagesFor(language)[action], `${language} ${action}`).toBeTruthy();
      }
      if (entry.guide) expect(guideFor(entry.guide), entry.code).toBeDefined();
    }
  });

  it('re-checks name checks that exist (each real check has a display name in the catalogs)', () => {
    const names = messagesFor('en');
    const named = Object.values(guideDefinitions).flatMap((g) => g.steps.flatMap((s) => s.check?.checkIds ?? []));
    const explicit = [...new Set(named.filter((id) => id !== '$fault'))];
    expect(explicit.filter((id) => !names[`check.${id}.name`])).toEqual([]);
  });

  it('every guide serves a fault in the catalog', () => {
    const served = new Set(Object.values(faultCatalog).map((f) => f.guide));
    expect(guideIds.filter((id) => !served.has(id))).toEqual([]);
  });
});
