import { execFile } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const repoRoot = path.resolve(__dirname, '../../../../..');

describe('the backup runner a core picks', () => {
  it('runs jobs in process, and says so, when the core runs from sources as an ES module (no bundle beside it)', async () => {
    const stdout = await new Promise<string>((resolve, reject) =>
      execFile(
        process.execPath,
        ['--import', 'tsx', path.join(repoRoot, 'test/fixtures/esm/default-runner.ts')],
        { cwd: repoRoot, timeout: 60_000, killSignal: 'SIGKILL' },
        (error, out, err) => (error ? reject(new Error(`${error.message}\n${err}`)) : resolve(out)),
      ),
    );
    expect(JSON.parse(stdout)).toEqual(['backup: the bundled backup worker not found; running backup jobs in process']);
  });
});
