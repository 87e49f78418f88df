import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile, appendFile, readdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBuiltCli } from '../../support/run-cli';
import { startJournalCore } from '../../support/journal-core';
import { canMountTmpfs, mountTmpfs } from '../../support/tmpfs';

const run = promisify(execFile);
let dataDir: string;
let openId: string;

/** A data folder whose journal holds one cleared and one open incident, written by a real journal core. */
beforeAll(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'ig-journal-cli-'));
  const c = await startJournalCore({ dataDir });
  await c.client.request('runChecks', {});
  c.board.set('network.verdict', 'fault');
  await c.client.request('runChecks', { ids: ['network.verdict'] });
  c.board.set('network.verdict', 'ok');
  await c.client.request('runChecks', { ids: ['network.verdict'] });
  c.board.set('usb.tax-device', 'fault');
  await c.client.request('runChecks', { ids: ['usb.tax-device'] });
  await c.journal.settled();
  openId = (await c.client.request('listIncidents', { status: 'open' })).incidents[0]!.id;
  await c.client.request('addIncidentNote', { id: openId, text: '=cmd|"/c calc"!A1 开票软件报 0x0963c2' });
  await c.stop();
});
afterAll(() => rm(dataDir, { recursive: true, force: true }));

describe('invoiceguard journal (built command)', () => {
  it('lists incidents as JSON and exits 2 while a critical one is open', async () => {
    const result = await runBuiltCli(['journal', '--json', '--data-dir', dataDir]);
    expect(result.code).toBe(2);
    const report = JSON.parse(result.stdout);
    expect(report).toMatchObject({ version: 1, skipped: 0, truncated: false });
    expect(report.incidents.map((i: { faultId: string; status: string }) => [i.faultId, i.status])).toEqual([
      ['tax-device.missing', 'open'],
      ['network.no-internet', 'closed'],
    ]);
  });

  it('filters by fault and time, and exits 0 when nothing listed is open', async () => {
    const byFault = await runBuiltCli(['journal', '--json', '--fault', 'network.no-internet', '--data-dir', dataDir]);
    expect(byFault.code).toBe(0);
    expect(JSON.parse(byFault.stdout).incidents).toHaveLength(1);
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    const later = await runBuiltCli([
      'journal',
      '--json',
      '--since',
      `${tomorrow}T00:00:00Z`,
      '--fault',
      'network.no-internet',
      '--data-dir',
      dataDir,
    ]);
    expect(JSON.parse(later.stdout).incidents).toEqual([]);
    const before = await runBuiltCli(['journal', '--json', '--until', '2020-01-01', '--data-dir', dataDir]);
    expect(JSON.parse(before.stdout).incidents).toEqual([]);
  });

  it('prints text in the chosen language with local times', async () => {
    const zh = await runBuiltCli(['journal', '--data-dir', dataDir, '--lang', 'zh-CN'], { TZ: 'Asia/Shanghai' });
    expect(zh.stdout).toMatch(/^故障记录：2 条（时间按 Asia\/Shanghai \(UTC\+08:00\)）/);
    expect(zh.stdout).toContain('未插税控设备（tax-device.missing）仍未解决');
    expect(zh.stdout).toContain('备注');
  });

  it('exports CSV for Excel and WPS: BOM, Chinese headers, no cell that runs as a formula', async () => {
    const csv = await runBuiltCli(['journal', '--csv', '--data-dir', dataDir, '--lang', 'zh-CN']);
    expect(csv.stdout.startsWith('\uFEFF编号,故障,')).toBe(true);
    expect(csv.stdout).toContain('=cmd|""/c calc""!A1 开票软件报 0x0963c2');
    // No cell starts with what a spreadsheet would run: a note cell starts with its time.
    expect(csv.stdout).not.toMatch(/(^|,)"?[=+@]/m);
  });

  it('skips junk lines with a warning (exit 1 when nothing is open) and never fails on them', async () => {
    const copy = await mkdtemp(path.join(os.tmpdir(), 'ig-journal-cli-junk-'));
    try {
      await run('cp', ['-r', path.join(dataDir, 'journal'), copy], { timeout: 10_000 });
      const folder = path.join(copy, 'journal');
      const newest = (await readdir(folder))
        .filter((n) => n.endsWith('.jsonl'))
        .sort()
        .at(-1)!;
      await appendFile(path.join(folder, newest), 'junk line\n{"v":1,"seq":');
      const result = await runBuiltCli(['journal', '--json', '--fault', 'network.no-internet', '--data-dir', copy]);
      expect(result.code).toBe(1);
      expect(JSON.parse(result.stdout)).toMatchObject({ skipped: 2, torn: true });
      expect(result.stderr).toContain('2');
    } finally {
      await rm(copy, { recursive: true, force: true });
    }
  });

  it.each([
    [['journal', '--since', 'last tuesday'], 'Cannot read the date "last tuesday"'],
    [['journal', '--json', '--csv'], '--json and --csv cannot be used together'],
    [['bundle'], 'Name the support bundle file with --out'],
  ])('refuses %j with one line and exit 3', async (args, message) => {
    const result = await runBuiltCli(args);
    expect(result.code).toBe(3);
    expect(result.stderr.split('\n')[0]).toContain(message);
  });

  it('exits 3 with one line when the journal folder cannot be read', async () => {
    const file = path.join(dataDir, 'not-a-folder');
    await writeFile(file, 'x');
    const policy = path.join(dataDir, 'policy-moved.json');
    await writeFile(
      policy,
      JSON.stringify({
        ...JSON.parse(await readFile('test/fixtures/policy/loopback.json', 'utf8')),
        journal: { folder: file },
      }),
    );
    const result = await runBuiltCli(['journal', '--policy', policy, '--data-dir', dataDir]);
    expect(result.code).toBe(3);
    expect(result.stderr).toMatch(/^invoiceguard: Cannot read the incident journal .*not-a-folder: ENOTDIR\n$/);
  });
});

describe('invoiceguard bundle (built command)', () => {
  it('writes the support bundle to --out and exits by the checks', async () => {
    const out = path.join(dataDir, 'out', 'support.zip');
    await run('mkdir', ['-p', path.dirname(out)], { timeout: 10_000 });
    const result = await runBuiltCli(['bundle', '--out', out, '--data-dir', dataDir, '--json']);
    expect([0, 1]).toContain(result.code);
    const report = JSON.parse(result.stdout);
    expect(report).toMatchObject({ version: 1, file: out });
    const { stdout } = await run('unzip', ['-l', out], { timeout: 10_000 });
    for (const name of [
      'report.html',
      'summary.txt',
      'snapshot.json',
      'incidents.json',
      'system.json',
      'manifest.json',
    ]) {
      expect(stdout).toContain(name);
    }
  });

  it.skipIf(!canMountTmpfs())(
    'exits 3 on a full disk and leaves the file that was there before as it was',
    async () => {
      const disk = mountTmpfs(32);
      try {
        const out = path.join(disk.dir, 'support.zip');
        await writeFile(out, 'the previous bundle');
        for (let i = 0; i < 64; i++) {
          const full = await appendFile(path.join(disk.dir, 'filler'), Buffer.alloc(1024)).then(
            () => false,
            () => true,
          );
          if (full) break;
        }
        const result = await runBuiltCli(['bundle', '--out', out, '--data-dir', dataDir]);
        expect(result.code).toBe(3);
        expect(result.stderr).toMatch(/The support bundle cannot be saved to .*support\.zip: ENOSPC/);
        expect(await readFile(out, 'utf8')).toBe('the previous bundle');
        expect((await readdir(disk.dir)).sort()).toEqual(['filler', 'support.zip']);
      } finally {
        disk.unmount();
      }
    },
  );
});
