import type { Reading } from '../../../shared/model/reading';

export interface CheckGroup {
  area: string;
  checks: Reading[];
}

/** The checks grouped by area, areas in the order their first check comes. */
export function groupChecksByArea(checks: readonly Reading[]): CheckGroup[] {
  const groups = new Map<string, Reading[]>();
  for (const check of checks) {
    const group = groups.get(check.area) ?? [];
    group.push(check);
    groups.set(check.area, group);
  }
  return [...groups].map(([area, grouped]) => ({ area, checks: grouped }));
}
