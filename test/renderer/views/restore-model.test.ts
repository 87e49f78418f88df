import { describe, expect, it } from 'vitest';
import {
  chooseTarget,
  openRestore,
  restoreAnswered,
  restoreDialogModel,
  restoreRequest,
  restoreSent,
  typeFolder,
} from '../../../renderer/src/views/restore-model';

const opened = openRestore('snap-1', 'E:\\');
const confirmation = {
  needsConfirmation: true as const,
  snapshotId: 'snap-1',
  replaces: [{ name: '开票数据', path: 'D:\\开票数据', files: 41, bytes: 8 * 1024 * 1024 }],
  confirmToken: 'abc123',
};

describe('restoring into a folder', () => {
  it('needs a full path before it sends anything', () => {
    expect(restoreRequest(opened)).toEqual({ error: { key: 'ui.backup.restore.folderNeeded' } });
    expect(restoreRequest(typeFolder(opened, '恢复'))).toEqual({ error: { key: 'ui.backup.restore.folderAbsolute' } });
    for (const folder of ['D:\\恢复的数据', '\\\\server\\share\\恢复', '/home/会计/恢复'])
      expect(restoreRequest(typeFolder(opened, ` ${folder} `))).toEqual({
        params: { snapshotId: 'snap-1', destination: 'E:\\', target: { folder } },
      });
  });

  it('is one call: a started job closes the dialog, a refusal is said in the dialog', () => {
    const sent = restoreSent(typeFolder(opened, 'D:\\恢复'));
    expect(restoreDialogModel(sent)).toMatchObject({
      step: 'choose',
      actionKey: 'ui.backup.restore.start',
      busy: true,
    });
    expect(restoreAnswered(sent, { accepted: true, jobId: 'restore-1' })).toEqual({ started: 'restore-1' });
    const refused = restoreAnswered(sent, {
      accepted: false,
      error: { message: { key: 'backup.error.target-not-empty', params: { path: 'D:\\恢复' } } },
    });
    if (!('state' in refused)) throw new Error('started');
    expect(restoreDialogModel(refused.state)).toMatchObject({
      busy: false,
      error: { key: 'backup.error.target-not-empty' },
    });
  });
});

describe('restoring over the live data', () => {
  const original = chooseTarget(opened, 'original');

  it('asks first without a token, then lists what will be replaced', () => {
    expect(restoreRequest(original)).toEqual({
      params: { snapshotId: 'snap-1', destination: 'E:\\', target: { original: true } },
    });
    expect(restoreDialogModel(original)).toMatchObject({ step: 'choose', actionKey: 'ui.backup.restore.check' });
    const answered = restoreAnswered(restoreSent(original), confirmation);
    if (!('state' in answered)) throw new Error('started');
    const model = restoreDialogModel(answered.state);
    expect(model).toMatchObject({ step: 'confirm', actionKey: 'ui.backup.restore.confirm' });
    expect(model.replaces).toEqual([
      {
        key: 'ui.backup.restore.replacesItem',
        params: { name: '开票数据', files: 41 },
        parts: { size: { key: 'ui.backup.size.mb', params: { n: 8 } } },
      },
    ]);
    // Only now, after the user saw that, does the request carry the token.
    expect(restoreRequest(answered.state)).toMatchObject({ params: { confirmToken: 'abc123' } });
  });

  it('says so when nothing is left to replace', () => {
    const answered = restoreAnswered(restoreSent(original), { ...confirmation, replaces: [] });
    if (!('state' in answered)) throw new Error('started');
    expect(restoreDialogModel(answered.state).replaces).toEqual([{ key: 'ui.backup.restore.replacesNothing' }]);
  });

  it('forgets the confirmation when the target changes or the core refuses it', () => {
    const answered = restoreAnswered(restoreSent(original), confirmation);
    if (!('state' in answered)) throw new Error('started');
    expect(chooseTarget(answered.state, 'original').confirmation).toBeUndefined();
    const refused = restoreAnswered(answered.state, {
      accepted: false,
      error: { message: { key: 'backup.error.confirm-mismatch' } },
    });
    if (!('state' in refused)) throw new Error('started');
    expect(refused.state.confirmation).toBeUndefined();
    expect(restoreDialogModel(refused.state)).toMatchObject({
      step: 'choose',
      error: { key: 'backup.error.confirm-mismatch' },
    });
  });
});
