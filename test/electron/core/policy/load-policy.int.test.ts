import { execFileSync } from 'node:child_process';
import { closeSync, ftruncateSync, mkdtempSync, openSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadPolicy } from '../../../../electron/core/policy/load-policy';
import { defaultPolicy } from '../../../../shared/policy/policy-schema';

const dir = mkdtempSync(path.join(tmpdir(), 'ig-policy-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, text: string) => {
  const p = path.join(dir, name);
  writeFileSync(p, text);
  return p;
};

describe('loading the policy from real files', () => {
  it('uses a valid file named on the command line', async () => {
    const loaded = await loadPolicy({
      cliPath: file('good.json', '{"disk":{"warnFreeMiB":9000}}'),
      env: {},
      platform: 'linux',
    });
    expect(loaded.status).toMatchObject({ source: 'cli', issues: [] });
    expect(loaded.policy.disk.warnFreeMiB).toBe(9000);
  });

  it('falls back to defaults, keeping the issues to show, when the file is bad', async () => {
    const loaded = await loadPolicy({ env: { INVOICEGUARD_POLICY: file('bad.json', '{"disk":') }, platform: 'linux' });
    expect(loaded.policy).toEqual(defaultPolicy());
    expect(loaded.status.source).toBe('env');
    expect(loaded.status.issues[0]?.message.key).toBe('policy.issue.invalidJson');
  });

  it('reports a named file that is missing or unreadable, but not a missing machine file', async () => {
    const missing = await loadPolicy({ cliPath: path.join(dir, 'nope.json'), env: {}, platform: 'linux' });
    expect(missing.status.issues).toEqual([{ path: '$', message: { key: 'policy.issue.notFound' } }]);
    const directory = await loadPolicy({ cliPath: dir, env: {}, platform: 'linux' });
    expect(directory.status.issues[0]?.message).toEqual({
      key: 'policy.issue.notAFile',
      params: { kindKey: 'policy.fileKind.directory' },
    });
    const noMachineFile = await loadPolicy({ env: { ProgramData: dir }, platform: 'win32' });
    expect(noMachineFile.status).toEqual({ source: 'default', issues: [] });
  });

  it('refuses a file too large to be a policy instead of parsing it', async () => {
    const loaded = await loadPolicy({
      cliPath: file('huge.json', ' '.repeat(2 * 1024 * 1024)),
      env: {},
      platform: 'linux',
    });
    expect(loaded.status.issues[0]?.message).toEqual({
      key: 'policy.issue.tooLarge',
      params: { maximum: 1024 * 1024 },
    });
  });

  it('refuses a FIFO, /dev/zero and a 1.5 GB file without hanging or reading them whole', async () => {
    const fifo = path.join(dir, 'policy.fifo');
    execFileSync('mkfifo', [fifo]);
    // Before: readFile waited for a writer on the FIFO forever, and read /dev/zero until memory ran out.
    expect((await loadPolicy({ cliPath: fifo, env: {}, platform: 'linux' })).status.issues[0]?.message).toEqual({
      key: 'policy.issue.notAFile',
      params: { kindKey: 'policy.fileKind.fifo' },
    });
    expect((await loadPolicy({ cliPath: '/dev/zero', env: {}, platform: 'linux' })).status.issues[0]?.message).toEqual({
      key: 'policy.issue.notAFile',
      params: { kindKey: 'policy.fileKind.device' },
    });
    const huge = path.join(dir, 'sparse.json');
    const fd = openSync(huge, 'w');
    ftruncateSync(fd, 1.5 * 1024 ** 3);
    closeSync(fd);
    const before = process.resourceUsage().maxRSS;
    const loaded = await loadPolicy({ cliPath: huge, env: {}, platform: 'linux' });
    expect(loaded.status.issues[0]?.message.key).toBe('policy.issue.tooLarge');
    expect((process.resourceUsage().maxRSS - before) * 1024).toBeLessThan(100 * 1024 * 1024);
  });

  it('says a UTF-16 file (Notepad "Unicode") must be saved as UTF-8', async () => {
    const p = path.join(dir, 'utf16.json');
    writeFileSync(p, Buffer.from('\uFEFF{"disk":{}}', 'utf16le'));
    const loaded = await loadPolicy({ cliPath: p, env: {}, platform: 'linux' });
    expect(loaded.status.issues).toEqual([
      { path: '$', message: { key: 'policy.issue.encoding', params: { encoding: 'UTF-16LE' } } },
    ]);
  });

  it('says a GBK file is not UTF-8, and where', async () => {
    const p = path.join(dir, 'gbk.json');
    // {"disk":{"paths":["D:\开票"]}} with the folder name in GBK
    writeFileSync(
      p,
      Buffer.concat([
        Buffer.from('{"disk":{"paths":["D:/'),
        Buffer.from([0xbf, 0xaa, 0xc6, 0xb1]),
        Buffer.from('"]}}'),
      ]),
    );
    const loaded = await loadPolicy({ cliPath: p, env: {}, platform: 'linux' });
    expect(loaded.status.issues[0]?.message).toEqual({ key: 'policy.issue.notUtf8', params: { line: 1, column: 23 } });
  });

  it('refuses a section given twice instead of letting the second one win', async () => {
    // Before: the second "network": {} silently replaced the first, turning the public-host probes back on.
    const loaded = await loadPolicy({
      cliPath: file('twice.json', '{\n  "network": {"gateway": "off", "endpoints": []},\n  "network": {}\n}'),
      env: {},
      platform: 'linux',
    });
    expect(loaded.policy).toEqual(defaultPolicy());
    expect(loaded.status.issues).toEqual([
      { path: '$.network', message: { key: 'policy.issue.duplicateKey', params: { line: 3, column: 3 } } },
    ]);
  });
});
