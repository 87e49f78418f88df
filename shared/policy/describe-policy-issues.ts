import type { Translator } from '../i18n/translator';
import type { Message } from '../model/reading';
import { oneLine } from '../text/one-line';
import type { PolicyStatus } from './policy-status';

/**
 * One line naming the file and each bad JSON path with what was expected, for the CLI and the app
 * banner. Anything quoted from the file or its name has its control characters escaped, so a
 * newline, NUL or terminal escape sequence in it cannot split or rewrite the line.
 */
export function describePolicyIssues(
  status: PolicyStatus,
  t: Translator,
  /** The app says it fell back to defaults; the CLI, which refuses to run, does not. */
  headKey: 'policy.invalid' | 'policy.usingDefaults' = 'policy.invalid',
): string {
  // A changed file that was refused while running: the policy before it is still in force.
  const head = t.t(status.notApplied ? 'policy.notApplied' : headKey, { path: status.path ?? '' });
  // The file as a whole (not found, not JSON) is '$': no path to name then.
  const issues = status.issues
    .map((i) =>
      i.path === '$'
        ? renderIssue(i.message, t)
        : t.t('policy.issue.at', { path: i.path, issue: renderIssue(i.message, t) }),
    )
    .join(t.t('policy.issue.separator'));
  return oneLine(t.t('policy.issue.list', { head, issues }));
}

/**
 * A policy issue's text. A parameter named `<name>Key` is itself a catalog key (the JSON error, the
 * kind of file), rendered in the same language and passed on as `<name>`.
 */
export function renderIssue(message: Message, t: Translator): string {
  const params = { ...message.params };
  for (const [name, value] of Object.entries(message.params ?? {}))
    if (name.endsWith('Key') && typeof value === 'string') params[name.slice(0, -3)] = t.t(value);
  return t.t(message.key, params);
}
