import { execFile, execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runBuiltCli } from '../../support/run-cli';

const loopback = path.resolve('test/fixtures/policy/loopback.json');
const dir = mkdtempSync(path.join(tmpdir(), 'ig-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The loopback test policy with some settings changed, as a real file. */
function policyWith(changes: (policy: Record<string, Record<string, unknown>>) => void): string {
  const policy = JSON.parse(readFileSync(loopback, 'utf8')) as Record<string, Record<string, unknown>>;
  changes(policy);
  const file = path.join(dir, `policy-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(file, JSON.stringify(policy));
  return file;
}

describe('invoiceguard check (the built command, forking the real core)', () => {
  it('prints the version-1 JSON object and exits by the result', async () => {
    const run = await runBuiltCli(['check', '--json', '--policy', loopback]);
    const report = JSON.parse(run.stdout);
    // Every version-1 field, plus the documented additions.
    expect(Object.keys(report)).toEqual([
      'version',
      'overall',
      'checkedAt',
      'verdict',
      'invoicing',
      'checks',
      'faults',
    ]);
    expect(report.version).toBe(1);
    expect(new Date(report.checkedAt).toISOString()).toBe(report.checkedAt);
    for (const check of report.checks) {
      expect(Object.keys(check)).toEqual(
        check.checked
          ? ['id', 'area', 'status', 'summary', 'details', 'checked']
          : ['id', 'area', 'status', 'summary', 'details', 'checked', 'reason'],
      );
      expect(['ok', 'warning', 'fault', 'unknown']).toContain(check.status);
    }
    expect(run.code).toBe({ ok: 0, warning: 1, fault: 2 }[report.overall as string]);
    expect(report.checks.map((c: { id: string }) => c.id)).toContain('disk.space');
  });

  it('exits 1 on a warning and 2 on a fault', async () => {
    const warn = await runBuiltCli([
      'check',
      '--json',
      '--policy',
      policyWith((p) => (p.disk = { warnFreeMiB: 10_000_000, faultFreeMiB: 0 })),
    ]);
    expect(JSON.parse(warn.stdout).faults).toContainEqual(
      expect.objectContaining({ id: 'disk.low-space', severity: 'warning', category: 'hardware' }),
    );
    expect(JSON.parse(warn.stdout).overall).toBe('warning');
    expect(warn.code).toBe(1);
    const fault = await runBuiltCli([
      'check',
      '--json',
      '--policy',
      policyWith((p) => (p.disk = { warnFreeMiB: 10_000_000, faultFreeMiB: 10_000_000 })),
    ]);
    expect(JSON.parse(fault.stdout).overall).toBe('fault');
    expect(fault.code).toBe(2);
  });

  it('exits 3 with one line naming the JSON path for a malformed policy, without a stack trace', async () => {
    const run = await runBuiltCli(['check', '--policy', path.resolve('test/fixtures/policy/malformed-type.json')]);
    expect(run.code).toBe(3);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain('$.disk.warnFreeMiB');
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('exits 3 for bad arguments and for a policy file that does not exist', async () => {
    expect((await runBuiltCli(['check', '--frobnicate'])).code).toBe(3);
    // Before: no arguments, `check -v` and `check -h` ran nothing and exited 0 (read as "OK").
    for (const argv of [[], ['check', '-v'], ['check', '-h'], ['-v'], ['help']]) {
      const run = await runBuiltCli(argv);
      expect(run.code, argv.join(' ')).toBe(3);
      expect(run.stdout).toBe('');
      expect(run.stderr).toContain('Usage: invoiceguard check');
    }
    const missing = await runBuiltCli(['check', '--policy', path.join(dir, 'absent.json')]);
    expect(missing.code).toBe(3);
    expect(missing.stderr).toContain('file not found');
    const missingZh = await runBuiltCli(['check', '--lang', 'zh-CN', '--policy', path.join(dir, 'absent.json')]);
    expect(missingZh.stderr).toMatch(/^invoiceguard: 策略文件 \S+absent\.json 无效：找不到这个文件\n$/);
  });

  it('runs nothing and exits 0 only for --help and --version, and says nothing was checked', async () => {
    const help = await runBuiltCli(['--help']);
    expect(help).toMatchObject({ code: 0 });
    expect(help.stdout).toContain('Usage: invoiceguard check');
    expect(help.stderr).toBe('invoiceguard: shown --help only; nothing was checked\n');
    const version = await runBuiltCli(['--version']);
    expect(version).toMatchObject({ code: 0, stdout: '0.1.0\n' });
    expect(version.stderr).toContain('nothing was checked');
  });

  it('refuses a FIFO or /dev/zero as the policy at once, on one line, instead of hanging', async () => {
    const fifo = path.join(dir, 'policy.fifo');
    execFileSync('mkfifo', [fifo]);
    for (const policy of [fifo, '/dev/zero']) {
      const run = await runBuiltCli(['check', '--policy', policy]);
      expect(run.code).toBe(3);
      expect(run.stderr).toMatch(/^invoiceguard: The policy file .* is not a regular file .* was not read\n$/);
    }
  });

  it('writes a file name with control characters out on one line', async () => {
    const run = await runBuiltCli(['check', '--policy', path.join(dir, 'a\nb\u001b[2J.json')]);
    expect(run.code).toBe(3);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain('a\\nb\\u001b[2J.json');
    expect(run.stderr).not.toContain('\u001b');
  });

  it('reports what it has at the deadline, the unfinished check unknown, and exits by that', async () => {
    // An HTTPS endpoint on loopback that accepts and then says nothing: its check runs until the
    // network timeout (60 s), far past the deadline.
    const held = new Set<net.Socket>();
    const silent = net.createServer((socket) => {
      held.add(socket.on('error', () => {}));
    });
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const port = (silent.address() as net.AddressInfo).port;
    const hanging = (deadline: Record<string, unknown>) =>
      policyWith((p) => {
        p.network = {
          ...p.network,
          timeoutMs: 60_000,
          endpoints: [{ name: 'silent', host: '127.0.0.1', port, kind: 'https' }],
        };
        Object.assign(p, deadline);
      });
    try {
      for (const [args, seconds] of [
        [['--deadline', '2', '--policy', hanging({})], 2],
        [['--policy', hanging({ cli: { deadlineSeconds: 3 } })], 3],
      ] as const) {
        const run = await runBuiltCli(['check', '--json', ...args]);
        const report = JSON.parse(run.stdout);
        const endpoint = report.checks.find((c: { id: string }) => c.id === 'network.endpoint.silent');
        expect(endpoint).toMatchObject({
          status: 'unknown',
          summary: `Did not finish within the deadline (${seconds} s)`,
          details: { error: 'deadline', deadlineSeconds: seconds },
        });
        // The checks that finished are reported as they are.
        expect(report.checks.find((c: { id: string }) => c.id === 'disk.space')).toMatchObject({ status: 'ok' });
        expect(run.code).toBe(1);
      }
    } finally {
      held.forEach((socket) => socket.destroy());
      await new Promise((resolve) => silent.close(resolve));
    }
  });

  it('takes the policy from $INVOICEGUARD_POLICY', async () => {
    const run = await runBuiltCli(['check', '--json'], {
      INVOICEGUARD_POLICY: path.resolve('test/fixtures/policy/malformed-type.json'),
    });
    expect(run.code).toBe(3);
  });

  it('works from the repository as `npm run check -- --json`, printing nothing but the object', async () => {
    const run = await new Promise<{ code: number; stdout: string }>((resolve) =>
      execFile(
        'npm',
        ['run', 'check', '--', '--json', '--policy', loopback],
        { timeout: 120_000, killSignal: 'SIGKILL' },
        (error, stdout) =>
          resolve({ code: error && typeof error.code === 'number' ? error.code : error ? -1 : 0, stdout }),
      ),
    );
    const report = JSON.parse(run.stdout);
    expect(report.version).toBe(1);
    expect(run.code).toBe({ ok: 0, warning: 1, fault: 2 }[report.overall as string]);
  });

  it('speaks Chinese when the locale is Chinese, and English when asked', async () => {
    const zh = await runBuiltCli(['check', '--policy', loopback], { LANG: 'zh_CN.UTF-8' });
    expect(zh.stdout).toContain('开票卫士检查结果');
    expect(zh.stdout).toContain('磁盘空间');
    const en = await runBuiltCli(['check', '--policy', loopback, '--lang', 'en'], { LANG: 'zh_CN.UTF-8' });
    expect(en.stdout).toContain('InvoiceGuard check');
  });
});
