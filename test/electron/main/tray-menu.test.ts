// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { backupConfigured, trayMenu, type TrayMenuEntry, type TrayMenuInput } from '../../../electron/main/tray-menu';
import { defaultPolicy, policySchema, type Policy } from '../../../shared/policy/policy-schema';
import { createTranslator } from '../../../shared/i18n/translator';

const base: TrayMenuInput = { core: 'running', practiceActive: false, backupConfigured: false, allowQuit: true };
const actions = (entries: TrayMenuEntry[]) => entries.map((e) => ('separator' in e ? '-' : e.action));

describe('the tray menu', () => {
  it('offers the dashboard, a check, readiness, practice, support and quit', () => {
    expect(actions(trayMenu(base))).toEqual(['open', 'checkNow', 'readiness', '-', 'practice', 'support', '-', 'quit']);
  });

  it('has a label in both languages for every item it can show', () => {
    const all = trayMenu({ core: 'failed', practiceActive: true, backupConfigured: true, allowQuit: true }).concat(
      trayMenu(base),
    );
    for (const language of ['zh-CN', 'en'] as const) {
      const t = createTranslator(language);
      for (const e of all) if (!('separator' in e)) expect(t.has(e.labelKey), `${language} ${e.labelKey}`).toBe(true);
    }
  });

  it('hides Quit when the policy does not allow it', () => {
    expect(actions(trayMenu({ ...base, allowQuit: false }))).not.toContain('quit');
    expect(actions(trayMenu({ ...base, allowQuit: false })).at(-1)).toBe('support'); // no dangling separator
  });

  it('offers to end practice while practising', () => {
    const menu = actions(trayMenu({ ...base, practiceActive: true }));
    expect(menu).toContain('endPractice');
    expect(menu).not.toContain('practice');
  });

  it('cannot check now while the monitor is not running', () => {
    for (const core of ['starting', 'restarting', 'failed'] as const) {
      const check = trayMenu({ ...base, core }).find((e) => !('separator' in e) && e.action === 'checkNow');
      expect(check).toMatchObject({ enabled: false });
    }
  });

  it('offers to restart the monitor only after it stopped on a crash loop', () => {
    expect(actions(trayMenu({ ...base, core: 'failed' }))).toContain('restartMonitor');
    expect(actions(trayMenu({ ...base, core: 'restarting' }))).not.toContain('restartMonitor');
  });

  it('shows "Back up now" only when a backup is configured', () => {
    expect(actions(trayMenu(base))).not.toContain('backupNow');
    expect(actions(trayMenu({ ...base, backupConfigured: true }))).toContain('backupNow');
  });
});

describe('is a backup configured', () => {
  it('not by the default policy (no backup section)', () => {
    expect(backupConfigured(defaultPolicy())).toBe(false);
  });

  it('only as the backup area counts it: enabled, with sources and a destination', () => {
    const withBackup = (backup: unknown) => policySchema.parse({ ...defaultPolicy(), backup }) as Policy;
    const sources = [{ path: 'C:\\Aisino\\data' }];
    const destinations = [{ path: 'E:\\' }];
    expect(backupConfigured(withBackup({ sources, destinations }))).toBe(true);
    expect(backupConfigured(withBackup({ sources }))).toBe(false);
    expect(backupConfigured(withBackup({ destinations }))).toBe(false);
    expect(backupConfigured(withBackup({ sources, destinations, enabled: false }))).toBe(false);
  });
});
