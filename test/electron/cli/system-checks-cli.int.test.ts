import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBuiltCli } from '../../support/run-cli';

// The built CLI with the loopback fixture policy: the issue-5 checks must give the same answer on
// every machine (no printer, clock, journal or SMART state of the host leaks into the result).
const policy = path.resolve(__dirname, '../../fixtures/policy/loopback.json');

describe('invoiceguard check with the loopback policy (system checks)', () => {
  it('reports memory as ok, clock and software as not checked (nothing configured), and leaves out the host-dependent ones', async () => {
    const run = await runBuiltCli(['check', '--json', '--policy', policy]);
    const report = JSON.parse(run.stdout) as {
      overall: string;
      checks: { id: string; status: string; checked: boolean }[];
      faults: { id: string }[];
    };
    // Nothing configured is grey, not a warning: the overall state is driven by real problems only.
    expect(report.overall).toBe('ok');
    expect(run.code).toBe(0);
    const mine = report.checks.filter((c) =>
      /^(printer|memory|clock|software|system|security)\.|^disk\.smart$/.test(c.id),
    );
    expect(mine).toEqual([
      expect.objectContaining({ id: 'memory.available', status: 'ok', checked: true }),
      expect.objectContaining({ id: 'clock.offset', status: 'unknown', checked: false }),
      expect.objectContaining({ id: 'clock.timezone', status: 'unknown', checked: false }),
      expect.objectContaining({ id: 'software.processes', status: 'unknown', checked: false }),
      expect.objectContaining({ id: 'software.helper', status: 'unknown', checked: false }),
    ]);
    expect(report.faults.filter((f) => /^(printer|memory|clock|software|system|security|disk)\./.test(f.id))).toEqual(
      [],
    );
  });
});
