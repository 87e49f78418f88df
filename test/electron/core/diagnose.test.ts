import { describe, expect, it, vi } from 'vitest';
import { diagnose } from '../../../electron/core/diagnose';
import type { DiagnosisRule } from '../../../electron/core/probe';
import type { FaultDefinition } from '../../../shared/faults/catalog';
import { fakeReading } from '../../support/fake-snapshot';

const catalog: Record<string, FaultDefinition> = {
  'a.minor': { category: 'software', severity: 'warning', guide: 'a.minor' },
  'b.major': { category: 'hardware', severity: 'critical', guide: 'b.major' },
};
const readings = new Map([['disk.space', fakeReading()]]);
const raise = (...ids: string[]): DiagnosisRule => ({
  id: ids.join('+'),
  evaluate: () => ids.map((id) => ({ id, checkIds: ['disk.space'] })),
});

describe('diagnosis', () => {
  it('completes raised faults from the catalog, most severe first', () => {
    const faults = diagnose(readings, [raise('a.minor', 'b.major')], catalog, [], 'T1');
    expect(faults.map((f) => [f.id, f.category, f.severity, f.guide])).toEqual([
      ['b.major', 'hardware', 'critical', 'b.major'],
      ['a.minor', 'software', 'warning', 'a.minor'],
    ]);
  });

  it('keeps the first-seen time of a fault that stays open', () => {
    const first = diagnose(readings, [raise('a.minor')], catalog, [], 'T1');
    const second = diagnose(readings, [raise('a.minor')], catalog, first, 'T2');
    expect(second[0]?.since).toBe('T1');
    const reopened = diagnose(readings, [raise('a.minor')], catalog, [], 'T3');
    expect(reopened[0]?.since).toBe('T3');
  });

  it('skips a rule that throws or names an unknown fault, and reports it', () => {
    const errors = vi.fn();
    const broken: DiagnosisRule = {
      id: 'broken',
      evaluate: () => {
        throw new Error('bad data');
      },
    };
    const faults = diagnose(readings, [broken, raise('not.in.catalog'), raise('a.minor')], catalog, [], 'T', errors);
    expect(faults.map((f) => f.id)).toEqual(['a.minor']);
    expect(errors).toHaveBeenCalledWith('broken', 'bad data');
    expect(errors).toHaveBeenCalledWith('not.in.catalog', 'fault "not.in.catalog" is not in the catalog');
  });
});
