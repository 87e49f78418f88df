import { execFile } from 'node:child_process';
import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JournalCore } from '../../../support/journal-core';
import { bundleFixture, planted, unzip } from '../../../support/bundle-fixture';

const run = promisify(execFile);

let dataDir: string;
let core: JournalCore;
let built: { file: string; bytes: number; manifest: { files: { name: string; bytes: number }[] } };
let files: Map<string, string>;

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'ig-bundle-'));
  core = await bundleFixture(dataDir);
  const [open] = (await core.client.request('listIncidents', { status: 'open' })).incidents;
  built = await core.client.request('buildSupportBundle', { incidentId: open!.id, language: 'zh-CN' });
  files = await unzip(built.file, path.join(dataDir, 'unzipped'));
});
afterAll(async () => {
  await core?.stop();
  await rm(dataDir, { recursive: true, force: true });
});

describe('the support bundle', () => {
  it('is one zip in the data folder’s support folder that an independent unzip and Python both accept', async () => {
    expect(path.dirname(built.file)).toBe(path.join(dataDir, 'support'));
    expect((await stat(built.file)).size).toBe(built.bytes);
    const { stdout } = await run(
      'python3',
      [
        '-c',
        'import sys, zipfile; z = zipfile.ZipFile(sys.argv[1]); print(z.testzip()); print(len(z.namelist()))',
        built.file,
      ],
      { timeout: 30_000, killSignal: 'SIGKILL' },
    );
    expect(stdout.trim().split('\n')).toEqual(['None', String(files.size)]);
  });

  it('holds exactly the files its manifest lists, with their sizes', () => {
    expect([...files.keys()].sort()).toEqual(
      [
        'events.json',
        'incidents.json',
        'logs/core.log',
        'manifest.json',
        'report.html',
        'snapshot.json',
        'summary.txt',
        'system.json',
      ].sort(),
    );
    expect(built.manifest.files.map((f) => f.name).sort()).toEqual([...files.keys()].sort());
    for (const f of built.manifest.files) {
      if (f.name !== 'manifest.json') expect(Buffer.byteLength(files.get(f.name) ?? ''), f.name).toBe(f.bytes);
    }
  });

  it('carries the snapshot, the incident with the note and code, the system summary, the policy and the log', () => {
    const snapshot = JSON.parse(files.get('snapshot.json')!);
    expect(snapshot.faults.map((f: { id: string }) => f.id)).toEqual(['tax-device.missing']);
    const incidents = JSON.parse(files.get('incidents.json')!);
    expect(incidents.focus).toMatchObject({ faultId: 'tax-device.missing', codes: [{ code: '0x0963c2' }] });
    expect(incidents.focus.notes[0].text).toContain('试了证书口令');
    const system = JSON.parse(files.get('system.json')!);
    expect(system.host).toMatchObject({
      platform: process.platform,
      versions: { app: 'test', node: process.versions.node },
    });
    expect(Object.keys(system.areas).sort()).toEqual(['network', 'usb']);
    expect(system.policy.inForce.support.it.mail).toBe('it@example.com');
    expect(system.policy.inForce.support.webhook.token).toBe('[REDACTED]');
    expect(system.journal).toMatchObject({ mode: 'writing' });
    const events = JSON.parse(files.get('events.json')!).events.map((e: { type: string }) => e.type);
    expect(events).toEqual(expect.arrayContaining(['core.started', 'policy.changed']));
    expect(files.get('logs/core.log')).toContain('rule disk.space ok');
    expect(files.get('summary.txt')).toContain('开票卫士求助：未插税控设备');
    expect(files.get('report.html')).toContain('<html lang="zh-CN">');
  });

  it('holds none of the secrets planted in the policy, the readings, the note and the log', () => {
    for (const [name, text] of files) {
      for (const secret of planted) expect(text.includes(secret), `${secret} in ${name}`).toBe(false);
    }
    const manifest = JSON.parse(files.get('manifest.json')!);
    expect(manifest.redactions['policy-1']).toBeGreaterThan(0);
    expect(manifest.policyPatterns).toBe(1);
  });

  it('is described before it is built: the manifest request lists the same files and writes nothing', async () => {
    const before = await readdir(path.join(dataDir, 'support'));
    const manifest = await core.client.request('getSupportManifest', { language: 'en' });
    expect(manifest.files.map((f) => f.name).sort()).toEqual([...files.keys()].sort());
    expect(await readdir(path.join(dataDir, 'support'))).toEqual(before);
  });

  it('gives a summary to copy and a mail draft to IT, with secrets removed', async () => {
    const [open] = (await core.client.request('listIncidents', { status: 'open' })).incidents;
    const summary = await core.client.request('getSupportSummary', {
      incidentId: open!.id,
      language: 'zh-CN',
      withBundle: true,
    });
    expect(summary.body).toContain(built.file);
    expect(summary.body).not.toContain('PLANTED-NOTE-PIN-5');
    expect(summary.mailto).toMatch(/^mailto:it@example\.com\?subject=/);
    const contacts = await core.client.request('getSupportContacts', {});
    expect(contacts.webhook).toBe(true);
    expect(JSON.stringify(contacts)).not.toContain('PLANTED');
    expect(contacts.allow.tel).toEqual(['01088886666', '12366']);
  });
});
