import type { Translator } from '../i18n/translator';
import type { PolicyStatus } from './policy-status';

/** One line naming the file and each bad JSON path with what was expected, for the CLI and the app banner. */
export function describePolicyIssues(
  status: PolicyStatus,
  t: Translator,
  /** The app says it fell back to defaults; the CLI, which refuses to run, does not. */
  headKey: 'policy.invalid' | 'policy.usingDefaults' = 'policy.invalid',
): string {
  const head = t.t(headKey, { path: status.path ?? '' });
  const issues = status.issues.map((i) => `${i.path}: ${t.render(i.message)}`).join('; ');
  return `${head}: ${issues}`;
}
