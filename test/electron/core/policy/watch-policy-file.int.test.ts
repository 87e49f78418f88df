import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { watchPolicyFile } from '../../../../electron/core/policy/watch-policy-file';

const dir = mkdtempSync(path.join(tmpdir(), 'ig-watch-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('watching the policy file', () => {
  it('says nothing when no policy folder exists yet, and notices the file once IT deploys it (periodic check)', async () => {
    const folder = path.join(dir, 'invoiceguard');
    const lines: string[] = [];
    let changes = 0;
    const stop = watchPolicyFile(path.join(folder, 'policy.json'), () => changes++, {
      debounceMs: 10,
      pollMs: 100,
      log: (l) => lines.push(l),
    });
    try {
      await new Promise((resolve) => setTimeout(resolve, 250));
      mkdirSync(folder);
      writeFileSync(path.join(folder, 'policy.json'), '{}');
      await expect.poll(() => changes, { timeout: 10_000 }).toBeGreaterThan(0);
      expect(lines).toEqual([]);
    } finally {
      stop();
    }
  });

  it('debounces a burst of writes into one change', async () => {
    const file = path.join(dir, 'policy.json');
    writeFileSync(file, '{}');
    let changes = 0;
    const stop = watchPolicyFile(file, () => changes++, { debounceMs: 300, pollMs: 60_000 });
    try {
      for (let i = 0; i < 5; i++) writeFileSync(file, `{"version": 1${' '.repeat(i)}}`);
      await expect.poll(() => changes, { timeout: 10_000 }).toBe(1);
    } finally {
      stop();
    }
  });
});
