import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadScenarioFile, parseScenarioText, ScenarioError } from '../../../../electron/core/scenario/load-scenario';

const minimal = {
  version: 1,
  id: 'mini',
  titleKey: 'scenario.disk-full.title',
  checks: { 'disk.space': { area: 'disk', initial: { status: 'ok', summary: { key: 'check.pending' } } } },
  timeline: [],
  expect: { faults: [] },
};

describe('scenario files', () => {
  it('accepts a minimal scenario and fills defaults', () => {
    const s = parseScenarioText(JSON.stringify(minimal));
    expect(s.drill).toEqual([]);
    expect(s.filing).toBe('done');
    expect(s.checks['disk.space']?.initial.faults).toEqual([]);
  });

  it.each([
    ['junk', 'not json at all', /not valid JSON/],
    ['a wrong version', JSON.stringify({ ...minimal, version: 2 }), /\$\.version/],
    [
      'a timeline naming an unscripted check',
      JSON.stringify({
        ...minimal,
        timeline: [{ when: { afterMs: 5 }, set: { 'usb.tax-device': { status: 'ok', summary: { key: 'x' } } } }],
      }),
      /not one of the scenario's checks/,
    ],
    ['an unknown field', JSON.stringify({ ...minimal, extra: 1 }), /extra/],
    ['a bad check id', JSON.stringify({ ...minimal, checks: { 'BAD ID': minimal.checks['disk.space'] } }), /checks/],
  ])('rejects %s with a clear message', (_name, text, message) => {
    expect(() => parseScenarioText(text, 'x.json')).toThrow(ScenarioError);
    expect(() => parseScenarioText(text, 'x.json')).toThrow(message);
  });

  it('names a missing or oversized file', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'ig-scn-'));
    try {
      await expect(loadScenarioFile(path.join(dir, 'none.json'))).rejects.toThrow(/ENOENT/);
      const big = path.join(dir, 'big.json');
      await writeFile(big, ' '.repeat(1024 * 1024 + 1));
      await expect(loadScenarioFile(big)).rejects.toThrow(/larger than/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
