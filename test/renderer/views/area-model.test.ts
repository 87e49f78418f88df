import { describe, expect, it } from 'vitest';
import { areaModel } from '../../../renderer/src/views/area-model';
import { fakeReading, fakeSnapshot } from '../../support/fake-snapshot';

describe('an area page', () => {
  it('lists the card’s checks worst first, the not-checked ones last', () => {
    const snapshot = fakeSnapshot({
      checks: [
        fakeReading({ id: 'disk.space', status: 'ok' }),
        fakeReading({ id: 'clock.offset', status: 'unknown', notChecked: true }),
        fakeReading({ id: 'memory.available', status: 'warning' }),
      ],
    });
    const model = areaModel(snapshot, 'computer');
    expect(model.kind === 'ready' && model.checks.map((c) => c.id)).toEqual([
      'memory.available',
      'disk.space',
      'clock.offset',
    ]);
  });

  it('waits for a snapshot and says so for a card that does not exist', () => {
    expect(areaModel(undefined, 'computer')).toEqual({ kind: 'waiting' });
    expect(areaModel(fakeSnapshot(), 'nope')).toEqual({ kind: 'unknown-card' });
    expect(areaModel(fakeSnapshot(), 'other')).toEqual({ kind: 'unknown-card' });
  });
});
