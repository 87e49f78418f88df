import { describe, expect, it } from 'vitest';
import { memorySource } from '../../../../../electron/core/areas/memory/memory-source';

// This machine's real memory figures: an integration test (it reads the OS), not a unit test.
describe('the memory source on this machine', () => {
  it('reads total and available memory', async () => {
    const info = await memorySource(process.platform)();
    if (!info.ok) throw new Error(`memory unreadable: ${info.reason}`);
    expect(info.totalBytes).toBeGreaterThan(0);
    expect(info.availableBytes).toBeGreaterThan(0);
    expect(info.availableBytes).toBeLessThanOrEqual(info.totalBytes);
  });
});
