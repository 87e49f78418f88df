import type { Snapshot } from '../../shared/model/snapshot';
import type { Route } from './store/app-store';

export interface NavItem {
  view: string;
  labelKey: string;
  active: boolean;
}

export interface HeaderModel {
  nav: NavItem[];
  recheck: { busy: boolean; label: { key: string; params?: Record<string, number> } };
}

/** Views that belong under a navigation item: an area's page under the dashboard, a guide too. */
const parentView: Readonly<Record<string, string>> = { area: 'dashboard', guide: 'dashboard' };

/**
 * The header: one navigation button per view that has a label (the current one marked, or its
 * parent for views reached from it), and "check now" with the progress of a running re-check.
 */
export function headerModel(input: {
  route: Route;
  checking: boolean;
  progress?: { done: number; total: number };
  views: Readonly<Record<string, { navKey?: string }>>;
}): HeaderModel {
  const current = parentView[input.route.view] ?? input.route.view;
  const nav = Object.entries(input.views).flatMap(([view, entry]) =>
    entry.navKey ? [{ view, labelKey: entry.navKey, active: current === view }] : [],
  );
  const label = !input.checking
    ? { key: 'ui.checkNow' }
    : input.progress && input.progress.total > 0
      ? { key: 'ui.checkingProgress', params: { done: input.progress.done, total: input.progress.total } }
      : { key: 'ui.checking' };
  return { nav, recheck: { busy: input.checking, label } };
}

/**
 * Whether the first screen needs the `details` strings: a fault to explain or a policy problem to
 * describe. A healthy PC's first screen then never fetches them.
 */
export function wantsDetails(snapshot: Pick<Snapshot, 'faults' | 'policy'> | undefined): boolean {
  return !!snapshot && (snapshot.faults.length > 0 || snapshot.policy.issues.length > 0);
}
