import type { CheckStatus } from '../model/reading';

/** Marker for "the checks whose readings raised this incident" (for example one network endpoint). */
export const faultChecks = '$fault';

/**
 * What to re-run after a step and which reading means "this step worked". `faultCleared` asks for
 * the incident's own fault to be gone after the re-run; `status` asks every re-run check to read one
 * of the listed statuses.
 */
export interface StepCheck {
  checkIds: readonly string[];
  worked: { status: readonly CheckStatus[] } | { faultCleared: true };
}

/** One numbered step; its texts are catalog keys `guide.<guideId>.<n>.do|why|warn` (n from 1). */
export interface GuideStepDefinition {
  check?: StepCheck;
  /** True when the step can make things worse if done wrongly; the text is `guide.<id>.<n>.warn`. */
  warn?: boolean;
  /** Marking this step done also records that this month's filing task was done (see readiness). */
  records?: FilingTask;
}

/** The two monthly tasks before invoicing again: 抄报 (upload the summary), then 清卡 (write-back). */
export const filingTasks = ['reported', 'cleared'] as const;
export type FilingTask = (typeof filingTasks)[number];

export interface GuideDefinition {
  steps: readonly GuideStepDefinition[];
}

/** A step as the UI and CLI consume it: numbered, with its text keys resolved. */
export interface GuideStep {
  n: number;
  doKey: string;
  whyKey: string;
  warnKey?: string;
  check?: StepCheck;
  records?: FilingTask;
  /** The closing step: contact support with a prefilled request. */
  support?: true;
}

export interface Guide {
  id: string;
  steps: GuideStep[];
}

/** Keys of the closing "contact support" step every guide ends with. */
export const supportStepKeys = { doKey: 'guide.support.do', whyKey: 'guide.support.why' } as const;

/** Declares an area's guides; ids equal the fault ids they walk the user out of. */
export function defineGuides<const T extends Record<string, GuideDefinition>>(guides: T): T {
  return guides;
}

/** Expands a definition into numbered steps with text keys, ending with the support step. */
export function expandGuide(id: string, definition: GuideDefinition): Guide {
  const steps: GuideStep[] = definition.steps.map((s, i) => ({
    n: i + 1,
    doKey: `guide.${id}.${i + 1}.do`,
    whyKey: `guide.${id}.${i + 1}.why`,
    ...(s.warn ? { warnKey: `guide.${id}.${i + 1}.warn` } : {}),
    ...(s.check ? { check: s.check } : {}),
    ...(s.records ? { records: s.records } : {}),
  }));
  steps.push({ n: steps.length + 1, ...supportStepKeys, support: true });
  return { id, steps };
}
