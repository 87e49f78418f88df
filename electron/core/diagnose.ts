import { compareFaults, type Fault } from '../../shared/model/fault';
import type { Reading } from '../../shared/model/reading';
import type { FaultDefinition } from '../../shared/faults/catalog';
import type { DiagnosisRule } from './probe';
import { errorMessage } from '../../shared/error-message';

/**
 * Pure: readings in, faults out, each completed from the catalog. A fault that was already open
 * keeps its first-seen time so the UI and journal can say "since". A rule that throws, or names a
 * fault the catalog lacks, is reported through `onRuleError` and skipped.
 */
export function diagnose(
  readings: ReadonlyMap<string, Reading>,
  rules: readonly DiagnosisRule[],
  catalog: Readonly<Record<string, FaultDefinition>>,
  previous: readonly Fault[],
  nowIso: string,
  onRuleError: (ruleId: string, reason: string) => void = () => {},
): Fault[] {
  const openSince = new Map(previous.map((f) => [f.id, f.since]));
  const faults = new Map<string, Fault>();
  for (const rule of rules) {
    let raised;
    try {
      raised = rule.evaluate(readings);
    } catch (error) {
      onRuleError(rule.id, errorMessage(error));
      continue;
    }
    for (const r of raised) {
      const definition = catalog[r.id];
      if (!definition) {
        onRuleError(rule.id, `fault "${r.id}" is not in the catalog`);
        continue;
      }
      faults.set(r.id, {
        id: r.id,
        category: definition.category,
        severity: r.severity ?? definition.severity,
        guide: definition.guide,
        checkIds: r.checkIds,
        ...(r.evidence ? { evidence: r.evidence } : {}),
        since: openSince.get(r.id) ?? nowIso,
      });
    }
  }
  return [...faults.values()].sort(compareFaults);
}
