import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBuiltCli } from '../../support/run-cli';

// The built CLI with the loopback fixture policy: the issue-5 checks must give the same answer on
// every machine (no printer, clock, journal or SMART state of the host leaks into the result).
const policy = path.resolve(__dirname, '../../fixtures/policy/loopback.json');

describe('invoiceguard check with the loopback policy (system checks)', () => {
  it('reports memory, clock and software checks as ok and leaves out the host-dependent ones', async () => {
    const run = await runBuiltCli(['check', '--json', '--policy', policy]);
    const report = JSON.parse(run.stdout) as { checks: { id: string; status: string }[]; faults: { id: string }[] };
    const mine = report.checks.filter((c) =>
      /^(printer|memory|clock|software|system|security)\.|^disk\.smart$/.test(c.id),
    );
    expect(mine).toEqual([
      expect.objectContaining({ id: 'memory.available', status: 'ok' }),
      expect.objectContaining({ id: 'clock.offset', status: 'ok' }),
      expect.objectContaining({ id: 'clock.timezone', status: 'ok' }),
      expect.objectContaining({ id: 'software.processes', status: 'ok' }),
      expect.objectContaining({ id: 'software.helper', status: 'ok' }),
    ]);
    expect(report.faults.filter((f) => /^(printer|memory|clock|software|system|security|disk)\./.test(f.id))).toEqual(
      [],
    );
  });
});
