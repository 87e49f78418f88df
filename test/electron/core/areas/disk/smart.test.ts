import { describe, expect, it } from 'vitest';
import { evaluateSmart } from '../../../../../electron/core/areas/disk/disk-smart-probe';
import { parseSmartHealth, parseSmartScan } from '../../../../../electron/core/areas/disk/smart-parse';
import { smartSource } from '../../../../../electron/core/areas/disk/smart-source';
import { runCommand, type CommandOutcome, type CommandRunner } from '../../../../../electron/core/exec/run-command';

const ok = (stdout: string, code = 0): CommandOutcome => ({ kind: 'ok', code, stdout, stderr: '', durationMs: 1 });
const signal = new AbortController().signal;

// Shapes from smartmontools 7.3 `-j` output.
const scan = JSON.stringify({
  devices: [
    { name: '/dev/sda', type: 'sat' },
    { name: '/dev/nvme0', type: 'nvme' },
  ],
});
const passed = JSON.stringify({ model_name: 'Samsung SSD 870 EVO 500GB', smart_status: { passed: true } });
const failing = JSON.stringify({ model_name: 'WDC WD10EZEX', smart_status: { passed: false } });

describe('disk.smart', () => {
  it('reads every disk as healthy when smartctl says passed', async () => {
    const run: CommandRunner = async (_f, args) => (args[0] === '--scan' ? ok(scan) : ok(passed));
    const outcome = evaluateSmart(await smartSource('linux', run)(signal));
    expect(outcome).toMatchObject({ status: 'ok', summary: { params: { count: 2 } } });
  });

  it('raises a fault naming the failing disk (exit bit 3 or passed=false)', async () => {
    const run: CommandRunner = async (_f, args) =>
      args[0] === '--scan' ? ok(scan) : args.at(-1) === '/dev/sda' ? ok(failing, 8) : ok(passed);
    const outcome = evaluateSmart(await smartSource('linux', run)(signal));
    expect(outcome).toMatchObject({ status: 'fault', details: { failing: '/dev/sda' } });
    expect(outcome.summary.params?.device).toContain('WDC');
  });

  it('without smartctl installed (real PATH lookup) reads unknown and says to install smartmontools', async () => {
    const run: CommandRunner = (file, args, options) =>
      runCommand(file.startsWith('/') ? '/nonexistent/smartctl' : file, args, {
        ...options,
        env: { PATH: '/nonexistent' },
      });
    const outcome = evaluateSmart(await smartSource('linux', run)(signal));
    expect(outcome).toMatchObject({ status: 'unknown', summary: { key: 'check.disk.smart.toolMissing' } });
    expect(outcome.details?.install).toContain('smartmontools');
  });

  it('with no disks or only disks without SMART (virtual machine) reads unknown, not ok', async () => {
    expect(evaluateSmart(await smartSource('linux', async () => ok('{"devices":[]}'))(signal)).summary.key).toBe(
      'check.disk.smart.noDisks',
    );
    const noSmart = JSON.stringify({
      smartctl: { messages: [{ string: 'Smartctl open device: /dev/sda failed: Permission denied' }] },
    });
    const run: CommandRunner = async (_f, args) => (args[0] === '--scan' ? ok(scan) : ok(noSmart, 2));
    const outcome = evaluateSmart(await smartSource('linux', run)(signal));
    expect(outcome).toMatchObject({
      status: 'unknown',
      details: { reason: expect.stringContaining('Permission denied') },
    });
  });

  it('turns garbage into unknown instead of guessing', async () => {
    expect(parseSmartScan('<html>')).toBeUndefined();
    expect(parseSmartHealth('/dev/sda', 'garbage', 4).passed).toBeNull();
    expect(evaluateSmart(await smartSource('linux', async () => ok('not json'))(signal)).status).toBe('unknown');
  });
});
