import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBuiltCli } from '../../support/run-cli';
import { enginePaths, missingEngines, runTool } from '../../support/fleet/engines';
import { textfileName } from '../../../electron/core/fleet/fleet-area';

const repo = path.resolve(__dirname, '../../..');
let dir: string;
let policyFile: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'ig-fleet-cli-'));
  const loopback = JSON.parse(await readFile(path.join(repo, 'test/fixtures/policy/loopback.json'), 'utf8'));
  policyFile = path.join(dir, 'policy.json');
  await writeFile(
    policyFile,
    JSON.stringify({ ...loopback, fleet: { textfileDir: dir, site: 'cli-site', workstation: 'pc-cli' } }),
  );
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('the CLI for pollers and agents', () => {
  it(`invoiceguard metrics prints the exposition text${missingEngines('promtool')}`, async () => {
    const run = await runBuiltCli(['metrics', '--policy', policyFile]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('invoiceguard_verdict{site="cli-site",workstation="pc-cli",can_invoice="yes"} 1');
    expect(run.stdout).toContain('invoiceguard_core_start_time_seconds{site="cli-site",workstation="pc-cli"}');
    if (existsSync(enginePaths.promtool)) {
      const lint = await runTool(enginePaths.promtool, ['check', 'metrics'], { input: run.stdout });
      expect(lint, lint.stdout + lint.stderr).toMatchObject({ code: 0 });
    }
    // The CLI's short-lived core never overwrites the app's metrics file.
    expect(existsSync(path.join(dir, textfileName))).toBe(false);
  });

  it('invoiceguard check --perfdata adds Nagios performance data to the first line, same exit code', async () => {
    const run = await runBuiltCli(['check', '--perfdata', '--policy', policyFile]);
    expect(run.code).toBe(0);
    const [first] = run.stdout.split('\n');
    expect(first).toMatch(/^InvoiceGuard check: .* \| verdict=0;0;1;0;2 faults=0;;;0 /);
    expect(first!.split('|')).toHaveLength(2);
  });

  it('refuses --perfdata with --json, and --json for metrics (exit 3)', async () => {
    expect((await runBuiltCli(['check', '--perfdata', '--json'])).code).toBe(3);
    expect((await runBuiltCli(['metrics', '--json'])).code).toBe(3);
  });
});
