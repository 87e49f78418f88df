import type { Route } from './store/app-store';

export interface NavItem {
  view: string;
  labelKey: string;
  active: boolean;
}

export interface HeaderModel {
  nav: NavItem[];
  recheck: { disabled: boolean; labelKey: string };
}

/** The header: one navigation button per view that has a label (the current one marked), and re-check. */
export function headerModel(input: {
  route: Route;
  checking: boolean;
  views: Readonly<Record<string, { navKey?: string }>>;
}): HeaderModel {
  const nav = Object.entries(input.views).flatMap(([view, entry]) =>
    entry.navKey ? [{ view, labelKey: entry.navKey, active: input.route.view === view }] : [],
  );
  return {
    nav,
    recheck: { disabled: input.checking, labelKey: input.checking ? 'ui.checking' : 'ui.recheck' },
  };
}
