import { describe, expect, it } from 'vitest';
import { act, screen, within } from '@testing-library/react';
import { windowTranslator as createTranslator } from '../support/test-messages';
import { fakeCoreApi } from '../support/fake-core-api';
import { renderApp, visibleText } from '../support/render-app';
import { restarting } from '../support/fixtures';
import { fakeBackupStatus, fakeProgress, fakeSnapshotList } from '../support/backup-fixtures';

const zh = createTranslator('zh-CN');
const onBackup = { connection: 'connected', route: { view: 'backup' } } as const;
const main = () => within(screen.getByRole('main'));

function configuredCore() {
  const core = fakeCoreApi();
  core.answer('getBackupStatus', fakeBackupStatus());
  core.answer('listSnapshots', fakeSnapshotList());
  return core;
}

describe('the backup view', () => {
  it('says it is loading until the core answers', () => {
    const core = fakeCoreApi();
    core.hold('getBackupStatus');
    core.hold('listSnapshots');
    renderApp({ core, state: onBackup });
    expect(main().getByText(zh.t('ui.loading'))).toBeTruthy();
  });

  it('shows the status, the destinations by name and the snapshots, never a path or an id', async () => {
    renderApp({ core: configuredCore(), state: onBackup });
    await main().findByText(zh.t('ui.backup.row.freshness'));
    const text = visibleText(screen.getByRole('main'));
    expect(text).toContain('备份完成：41 个文件');
    expect(text).toContain('备份盘');
    expect(text).toContain('备份位置 2');
    expect(text).toContain('8.4 MB');
    expect(text).not.toMatch(/nas|E:\\|20261202T/);
    expect(main().getByRole('button', { name: /^恢复 .* 的备份$/ })).toBeTruthy();
  });

  it('says plainly that no backup is set up, without buttons', async () => {
    const core = fakeCoreApi();
    core.answer('getBackupStatus', fakeBackupStatus({ configured: false }));
    core.answer('listSnapshots', { configured: false, snapshots: [], incomplete: 0, errors: [] });
    renderApp({ core, state: onBackup });
    expect(await main().findByText(zh.t('ui.backup.notConfigured'))).toBeTruthy();
    expect(main().queryByRole('button', { name: zh.t('ui.backup.actions.backup') })).toBeNull();
  });

  it('says in Chinese why the status could not be read, the technical text folded away', async () => {
    const core = fakeCoreApi();
    core.fail('getBackupStatus', 'timeout', 'getBackupStatus timed out after 10000 ms');
    core.answer('listSnapshots', fakeSnapshotList());
    renderApp({ core, state: onBackup });
    const alert = await main().findByRole('alert');
    expect(visibleText(alert)).toContain(zh.t('ui.error.timeout'));
    expect(visibleText(alert)).not.toContain('timed out');
  });

  it('while the core restarts says it cannot reach it, in Chinese', async () => {
    const core = fakeCoreApi();
    core.fail('getBackupStatus', 'unavailable', 'core restarting');
    core.fail('listSnapshots', 'unavailable', 'core restarting');
    renderApp({ core, state: { ...onBackup, coreStatus: restarting } });
    const alert = await main().findByRole('alert');
    expect(visibleText(alert)).toContain(zh.t('ui.error.unavailable'));
  });

  it('backs up now with a progress bar that says the numbers, then says how it went and asks again', async () => {
    const core = configuredCore();
    core.answer('startBackup', { accepted: true, jobId: 'backup-1' });
    const { user } = renderApp({ core, state: onBackup });
    await user.click(await main().findByRole('button', { name: zh.t('ui.backup.actions.backup') }));
    expect(core.callsOf('startBackup')).toEqual([{ verify: false }]);
    act(() => core.push('backupProgress', fakeProgress()));
    const bar = main().getByRole('progressbar');
    expect(bar.getAttribute('aria-valuenow')).toBe('25');
    expect(bar.getAttribute('aria-valuetext')).toBe('10/40 个文件，2 MB/8 MB，大约还要 12 秒');
    expect(visibleText(screen.getByRole('main'))).toContain('正在备份：复制');
    const before = core.callsOf('getBackupStatus').length;
    // The finished job makes the view ask for the status and list again: let those answers land.
    await act(async () =>
      core.push(
        'backupProgress',
        fakeProgress({ phase: 'done', outcome: 'ok', message: { key: 'backup.done.ok', params: { files: 40 } } }),
      ),
    );
    expect(main().queryByRole('progressbar')).toBeNull();
    expect(main().getByText('备份完成：40 个文件')).toBeTruthy();
    expect(core.callsOf('getBackupStatus').length).toBeGreaterThan(before);
  });

  it('waits while a job started elsewhere runs, and is ready again once it ended', async () => {
    const core = configuredCore();
    let running: ReturnType<typeof fakeBackupStatus>['running'] = {
      jobId: 'backup-7',
      kind: 'backup',
      startedAt: '2026-12-02T08:59:00.000Z',
    };
    core.answer('getBackupStatus', () => fakeBackupStatus({ running }));
    renderApp({ core, state: onBackup });
    const button = await main().findByRole('button', { name: zh.t('ui.backup.actions.backup') });
    expect(button.getAttribute('aria-disabled')).toBe('true');
    running = null;
    await act(async () =>
      core.push('backupProgress', fakeProgress({ jobId: 'backup-7', phase: 'done', outcome: 'ok' })),
    );
    expect(button.getAttribute('aria-disabled')).toBeNull();
  });

  it('says why the area refused a drill in its own words', async () => {
    const core = configuredCore();
    core.answer('startRestoreDrill', {
      accepted: false,
      error: { message: { key: 'backup.error.busy', params: { host: 'PC-01' } } },
    });
    const { user } = renderApp({ core, state: onBackup });
    await user.click(await main().findByRole('button', { name: zh.t('ui.backup.actions.drill') }));
    expect(await main().findByText('另一个备份或恢复正在进行（PC-01），请等它结束')).toBeTruthy();
  });

  it('starts the backup the tray asked for, once', async () => {
    const core = configuredCore();
    core.answer('startBackup', { accepted: true, jobId: 'backup-1' });
    renderApp({ core, state: { ...onBackup, route: { view: 'backup', params: { start: 'backup' } } } });
    await main().findByRole('progressbar');
    expect(core.callsOf('startBackup')).toEqual([{ verify: false }]);
  });

  it('restores over the live data only after listing what it replaces, from a dialog Esc closes', async () => {
    const core = configuredCore();
    core.answer('restoreSnapshot', (params) =>
      params.confirmToken
        ? { accepted: true, jobId: 'restore-1' }
        : {
            needsConfirmation: true,
            snapshotId: params.snapshotId,
            replaces: [{ name: '开票数据', path: 'D:\\开票数据', files: 41, bytes: 8 * 1024 * 1024 }],
            confirmToken: 'tok',
          },
    );
    const { user } = renderApp({ core, state: onBackup });
    const open = await main().findByRole('button', { name: /^恢复 .* 的备份$/ });
    await user.click(open);
    const dialog = screen.getByRole('dialog', { name: /^恢复 .* 的备份$/ });
    expect(dialog.contains(document.activeElement)).toBe(true);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(open);

    await user.click(open);
    await user.click(screen.getByLabelText(zh.t('ui.backup.restore.toOriginal')));
    await user.click(screen.getByRole('button', { name: zh.t('ui.backup.restore.check') }));
    expect(await screen.findByText('“开票数据”：41 个文件，8 MB')).toBeTruthy();
    expect(core.callsOf('restoreSnapshot')).toHaveLength(1);
    await user.click(screen.getByRole('button', { name: zh.t('ui.backup.restore.confirm') }));
    expect(core.callsOf('restoreSnapshot')).toEqual([
      { snapshotId: '20261202T070000Z-a1b2', destination: 'E:\\', target: { original: true } },
      { snapshotId: '20261202T070000Z-a1b2', destination: 'E:\\', target: { original: true }, confirmToken: 'tok' },
    ]);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(main().getByRole('progressbar')).toBeTruthy();
  });

  it('keeps Tab inside the restore dialog and asks for a full path before sending', async () => {
    const core = configuredCore();
    core.answer('restoreSnapshot', { accepted: true, jobId: 'restore-1' });
    const { user } = renderApp({ core, state: onBackup });
    await user.click(await main().findByRole('button', { name: /^恢复 .* 的备份$/ }));
    const dialog = screen.getByRole('dialog');
    for (let i = 0; i < 6; i++) {
      await user.tab();
      expect(dialog.contains(document.activeElement)).toBe(true);
    }
    await user.type(screen.getByLabelText(zh.t('ui.backup.restore.folderLabel')), '恢复');
    await user.click(screen.getByRole('button', { name: zh.t('ui.backup.restore.start') }));
    expect(within(dialog).getByRole('alert').textContent).toBe(zh.t('ui.backup.restore.folderAbsolute'));
    expect(core.callsOf('restoreSnapshot')).toEqual([]);
  });
});
