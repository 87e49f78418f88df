// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { quietUntil } from '../../../electron/main/quiet-hours';

// Local wall-clock times, whatever the machine's time zone (quiet hours follow the taskbar clock).
const at = (day: number, h: number, m = 0) => new Date(2026, 11, day, h, m).getTime();

describe('quiet hours', () => {
  const night = { from: '22:00', to: '07:30' };

  it('are none when the policy sets none', () => {
    expect(quietUntil(at(1, 23), undefined)).toBeUndefined();
  });

  it('wrap midnight: late evening is quiet until tomorrow morning', () => {
    expect(quietUntil(at(1, 22), night)).toBe(at(2, 7, 30));
    expect(quietUntil(at(1, 23, 59), night)).toBe(at(2, 7, 30));
  });

  it('early morning is quiet until the same morning', () => {
    expect(quietUntil(at(2, 0, 5), night)).toBe(at(2, 7, 30));
    expect(quietUntil(at(2, 7, 29), night)).toBe(at(2, 7, 30));
  });

  it('are over at the end time and during the day', () => {
    expect(quietUntil(at(2, 7, 30), night)).toBeUndefined();
    expect(quietUntil(at(2, 12), night)).toBeUndefined();
    expect(quietUntil(at(2, 21, 59), night)).toBeUndefined();
  });

  it('within one day (a lunch break)', () => {
    const lunch = { from: '12:00', to: '13:30' };
    expect(quietUntil(at(3, 12, 10), lunch)).toBe(at(3, 13, 30));
    expect(quietUntil(at(3, 11, 59), lunch)).toBeUndefined();
    expect(quietUntil(at(3, 13, 30), lunch)).toBeUndefined();
  });
});
