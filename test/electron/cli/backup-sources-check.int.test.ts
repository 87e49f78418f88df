// The check a PC runs with the example policy: a data folder that was never there is a path for
// IT to check (a warning), one that was backed up and then went is lost data (critical).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runBuiltCli } from '../../support/run-cli';
import { makeTree } from '../../support/backup/trees';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'ig-backup-sources-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

const src = path.join(root, 'Data');
const dst = path.join(root, 'usb');
fs.mkdirSync(dst);
const policy = path.join(root, 'policy.json');
const loopback = JSON.parse(fs.readFileSync(path.resolve('test/fixtures/policy/loopback.json'), 'utf8'));
fs.writeFileSync(
  policy,
  JSON.stringify({
    ...loopback,
    backup: { sources: [{ path: src, name: '开票数据' }], destinations: [{ path: dst, name: '备份U盘' }] },
  }),
);
// The check and the backup share this PC's data folder, where the backup state is kept.
const env = { XDG_STATE_HOME: path.join(root, 'state'), LANG: 'zh_CN.UTF-8' };
const check = async () => {
  const run = await runBuiltCli(['check', '--json', '--policy', policy], env);
  const snapshot = JSON.parse(run.stdout);
  const sources = snapshot.checks.find((c: { id: string }) => c.id === 'backup.sources');
  const faults = snapshot.faults.map((f: { id: string }) => f.id);
  return { code: run.code, sources, faults };
};

describe('the data folders a backup watches, through invoiceguard check', () => {
  it('calls a folder never found a warning naming its path, not lost data', async () => {
    const first = await check();
    expect(first.sources).toMatchObject({
      status: 'warning',
      details: { fault: null, sources: [{ neverFound: true }] },
    });
    expect(first.sources.summary).toContain(`没有找到数据文件夹“开票数据”：${src}`);
    expect(first.faults).not.toContain('data.lost');
    expect(first.code).toBe(1);
  });

  it('calls the same folder lost, critical, once it was backed up and then went', async () => {
    makeTree(src, { dirs: 2, perDir: 5 });
    const backup = await runBuiltCli(['backup', '--policy', policy], env);
    expect(backup.code).toBe(0);
    expect((await check()).sources).toMatchObject({ status: 'ok' });
    fs.rmSync(src, { recursive: true, force: true });
    const gone = await check();
    expect(gone.sources).toMatchObject({ status: 'fault', details: { fault: 'data.lost' } });
    expect(gone.sources.summary).toBe(`数据文件夹“开票数据”不见了：${src}`);
    expect(gone.faults).toContain('data.lost');
    expect(gone.code).toBe(2);
  });
});
