import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { runBuiltCli } from '../../support/run-cli';
import { describeTree, makeTree, storeObjects } from '../../support/backup/trees';
import { loadManifest } from '../../../electron/core/areas/backup/store';
import { storeLayout } from '../../../electron/core/areas/backup/store-layout';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'ig-backup-cli-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

function policyFor(name: string, src: string, dst: string): string {
  const file = path.join(root, `${name}.json`);
  fs.writeFileSync(
    file,
    JSON.stringify({
      version: 1,
      backup: { sources: [{ path: src, name: '开票数据' }], destinations: [{ path: dst, name: 'U盘' }] },
    }),
  );
  return file;
}

describe('invoiceguard backup, snapshots, restore, drill', () => {
  const src = path.join(root, 'src');
  const dst = path.join(root, 'dst');
  const data = path.join(root, 'data');
  fs.mkdirSync(dst);
  makeTree(src, { dirs: 5, perDir: 20 });
  const policy = policyFor('p', src, dst);
  const common = ['--policy', policy, '--data-dir', data];

  it('backs up with --verify, in Chinese, exit 0', async () => {
    const run = await runBuiltCli(['backup', '--verify', ...common], { LANG: 'zh_CN.UTF-8' });
    expect(run.stderr).not.toMatch(/Error|at /);
    expect(run.stdout).toMatch(/✔ U盘：备份 \d{8}T\d{9}Z-[0-9a-f]{4}，100 个文件/);
    expect(run.stdout).toContain('校验：100 个文件重新读取核对，无误');
    expect(run.code).toBe(0);
  });

  it('lists snapshots as text and as --json', async () => {
    const text = await runBuiltCli(['snapshots', ...common]);
    expect(text.stdout).toMatch(
      /Backups on U盘:\n {2}\d{8}T\d{9}Z-\w{4} {2}\d{4}-\d\d-\d\d \d\d:\d\d {2}complete {2}100 files/,
    );
    const json = JSON.parse((await runBuiltCli(['snapshots', '--json', ...common])).stdout);
    expect(json.destinations[0]).toMatchObject({ destination: dst, incomplete: 0 });
    expect(json.destinations[0].snapshots).toHaveLength(1);
  });

  it('restores latest into an empty folder byte for byte, and refuses a folder that is not empty (exit 2)', async () => {
    const out = path.join(root, 'restored');
    const run = await runBuiltCli(['restore', 'latest', '--to', out, ...common]);
    expect(run.code).toBe(0);
    expect(describeTree(path.join(out, '开票数据'))).toEqual(describeTree(src));
    const again = await runBuiltCli(['restore', 'latest', '--to', out, ...common], { LANG: 'zh_CN.UTF-8' });
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('里已经有东西：请选一个空文件夹或新文件夹');
  });

  it('runs a drill and reports the measured recovery time', async () => {
    const run = await runBuiltCli(['drill', '--json', ...common]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ ok: true, files: 100, problems: 0 });
  });

  it('says what is missing in one line: no --to, no snapshot, no backup section (exit 3)', async () => {
    expect((await runBuiltCli(['restore', 'latest', ...common])).code).toBe(3);
    expect((await runBuiltCli(['restore', '--to', root, ...common])).code).toBe(3);
    const none = await runBuiltCli(['backup'], { LANG: 'zh_CN.UTF-8' });
    expect(none.code).toBe(3);
    expect(none.stderr.trim().split('\n')).toEqual([expect.stringContaining('还没有设置备份')]);
  });

  it('a missing destination is a clear failure (exit 2) and earlier state is kept', async () => {
    const gone = policyFor('gone', src, path.join(root, 'unplugged'));
    const run = await runBuiltCli(['backup', '--policy', gone, '--data-dir', data], { LANG: 'zh_CN.UTF-8' });
    expect(run.code).toBe(2);
    expect(run.stdout).toContain('找不到备份位置');
    expect(run.stdout).not.toMatch(/ENOENT/);
  });
});

describe('kill -9 in the middle of a snapshot', () => {
  it('leaves an incomplete snapshot that never counts, and the next run cleans it up and breaks the dead lock', async () => {
    const src = path.join(root, 'big');
    const dst = path.join(root, 'killed');
    const data = path.join(root, 'killed-data');
    fs.mkdirSync(dst);
    makeTree(src, { dirs: 40, perDir: 50 });
    for (let i = 0; i < 6; i++) fs.writeFileSync(path.join(src, `part${i}.db`), Buffer.alloc(48 * 1024 * 1024, i + 1));
    const policy = policyFor('kill', src, dst);
    const store = path.join(dst, 'InvoiceGuard-Backup');
    const child = spawn(
      process.execPath,
      [path.resolve('bin/invoiceguard.cjs'), 'backup', '--policy', policy, '--data-dir', data],
      {
        stdio: 'ignore',
      },
    );
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    const deadline = setTimeout(() => child.kill('SIGKILL'), 60_000);
    // Killed once the run is under way: its marker is there and objects are being written.
    for (;;) {
      const snaps = fs.existsSync(path.join(store, 'snapshots')) ? fs.readdirSync(path.join(store, 'snapshots')) : [];
      if (
        snaps.some((n) => n.endsWith('.incomplete')) &&
        fs.existsSync(path.join(store, 'objects')) &&
        storeObjects(dst).length > 20
      )
        break;
      await new Promise((r) => setTimeout(r, 2));
    }
    child.kill('SIGKILL');
    await exited;
    clearTimeout(deadline);

    const listed = JSON.parse(
      (await runBuiltCli(['snapshots', '--json', '--policy', policy, '--data-dir', data])).stdout,
    );
    expect(listed.destinations[0]).toMatchObject({ snapshots: [], incomplete: 1 });
    expect(fs.existsSync(path.join(store, 'lock'))).toBe(true);
    const state = fs.existsSync(path.join(data, 'backup-state.json'))
      ? JSON.parse(fs.readFileSync(path.join(data, 'backup-state.json'), 'utf8'))
      : { destinations: {} };
    expect(state.destinations[dst]?.lastComplete ?? null).toBeNull();

    const next = await runBuiltCli(['backup', '--json', '--policy', policy, '--data-dir', data]);
    expect(next.code).toBe(0);
    const after = JSON.parse(
      (await runBuiltCli(['snapshots', '--json', '--policy', policy, '--data-dir', data])).stdout,
    );
    expect(after.destinations[0]).toMatchObject({ incomplete: 0 });
    expect(after.destinations[0].snapshots).toHaveLength(1);
    // Every object left is one the snapshot names: what the killed run wrote is gone or reused.
    const distinct = new Set<string>();
    const manifest = loadManifest(storeLayout(dst), after.destinations[0].snapshots[0].id);
    for (const e of manifest.entries) if (e.sha256) distinct.add(e.sha256);
    expect(storeObjects(dst).length).toBe(distinct.size);
    expect(fs.readdirSync(path.join(store, 'tmp'))).toEqual([]);
  });
});
