import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadScenarioFile, parseScenarioText, ScenarioError } from '../../../../electron/core/scenario/load-scenario';

const minimal = {
  version: 2,
  id: 'mini',
  titleKey: 'scenario.disk-full.title',
  sources: { disk: { space: { '*': { freeMiB: 300, totalMiB: 51_200 } } } },
  timeline: [],
  expect: { faults: [] },
};

describe('scenario files', () => {
  it('accepts a minimal scenario and fills defaults', () => {
    const s = parseScenarioText(JSON.stringify(minimal));
    expect(s.drill).toEqual([]);
    expect(s.filing).toBe('done');
    expect(s.policy).toEqual({});
    expect(s.sources.disk).toMatchObject({ smart: { disks: [{ passed: true }] } });
  });

  it.each([
    ['junk', 'not json at all', /not valid JSON at line 1, column 1/],
    ['a key given twice', `{"version": 2,\n"version": 2}`, /\$\.version is given twice \(line 2, column 1\)/],
    ['a wrong version', JSON.stringify({ ...minimal, version: 1 }), /\$\.version/],
    [
      'a timeline naming an area no one registered',
      JSON.stringify({ ...minimal, timeline: [{ when: { afterMs: 5 }, set: { teleporter: {} } }] }),
      /teleporter/,
    ],
    ['an unknown field', JSON.stringify({ ...minimal, extra: 1 }), /extra/],
    [
      'a bad source script',
      JSON.stringify({ ...minimal, sources: { usb: { devices: [{ port: 'x' }] } } }),
      /sources\.usb/,
    ],
    [
      'a practice policy the policy schema refuses',
      JSON.stringify({ ...minimal, policy: { disk: { nope: 1 } } }),
      /\$\.policy\.disk/,
    ],
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
      // --simulate reads through the same bounded reader as the policy: a FIFO or device is refused, not waited on.
      const fifo = path.join(dir, 'scenario.fifo');
      execFileSync('mkfifo', [fifo]);
      await expect(loadScenarioFile(fifo)).rejects.toThrow(/not a regular file \(fifo\)/);
      await expect(loadScenarioFile('/dev/zero')).rejects.toThrow(/not a regular file \(device\)/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
