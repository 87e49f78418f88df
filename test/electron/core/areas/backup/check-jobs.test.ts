import { describe, expect, it } from 'vitest';
import { shownSeconds } from '../../../../../electron/core/areas/backup/check-jobs';

describe('the drill time in the finished message', () => {
  it('reads tenths from a second up, hundredths below, and never 0 for a drill that ran', () => {
    expect(shownSeconds(12.345)).toBe(12.3);
    expect(shownSeconds(1)).toBe(1);
    expect(shownSeconds(0.437)).toBe(0.44);
    expect(shownSeconds(0.004)).toBe(0.01);
    expect(shownSeconds(0)).toBe(0.01);
  });
});
