import { describe, expect, it } from 'vitest';
import { evaluateMemory } from '../../../../../electron/core/areas/memory/memory-probe';
import { parsePressure } from '../../../../../electron/core/areas/memory/memory-source';
import { memoryPolicySchema } from '../../../../../shared/policy/memory-policy';

const MiB = 1024 * 1024;
const policy = memoryPolicySchema.parse({});

describe('memory.available', () => {
  it('is ok with plenty available, a warning below 512 MiB, a fault below 256 MiB', () => {
    const at = (mib: number) =>
      evaluateMemory({ totalBytes: 8192 * MiB, availableBytes: mib * MiB, pressurePercent: 0 }, policy).status;
    expect([at(4000), at(400), at(100)]).toEqual(['ok', 'warning', 'fault']);
  });

  it('warns on memory pressure even with memory available', () => {
    const outcome = evaluateMemory(
      { totalBytes: 8192 * MiB, availableBytes: 2048 * MiB, pressurePercent: 35.5 },
      policy,
    );
    expect(outcome).toMatchObject({ status: 'warning', summary: { key: 'check.memory.available.pressure' } });
  });

  it('reads PSI lines', () => {
    expect(parsePressure('some avg10=12.50 avg60=1.00 avg300=0.00 total=1\nfull avg10=0.00')).toBe(12.5);
    expect(parsePressure('garbage')).toBeNull();
  });
});
