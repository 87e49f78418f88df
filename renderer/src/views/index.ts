import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { MessagePart } from '../i18n/message-parts';
import { DashboardView } from './dashboard-view';

export interface ViewEntry {
  /** The view itself: the dashboard is in the first screen's bundle, every other view loads on demand. */
  component: ComponentType | LazyExoticComponent<ComponentType>;
  /** Catalog key of the navigation label; views without one are reached from other views only. */
  navKey?: string;
  /** Parts of the strings the view needs beyond the first screen's (loaded before it shows). */
  messages?: readonly MessagePart[];
}

/** A view loaded on demand, with the strings every view beyond the dashboard needs (explanations too). */
const onDemand = (load: () => Promise<{ default: ComponentType }>, navKey?: string): ViewEntry => ({
  component: lazy(load),
  ...(navKey ? { navKey } : {}),
  messages: ['views', 'details'],
});

/**
 * Every view of the app by route name, in navigation order; an area adds its views here (the
 * journal's history and support views, the backup view), each loaded on demand. `support` takes an
 * optional `incidentId` (the tray opens it without one).
 */
export const views: Record<string, ViewEntry> = {
  dashboard: { component: DashboardView, navKey: 'ui.nav.dashboard' },
  network: onDemand(() => import('./network-view'), 'ui.nav.network'),
  backup: onDemand(() => import('./backup-view'), 'ui.nav.backup'),
  readiness: onDemand(() => import('./readiness-view'), 'ui.nav.readiness'),
  explain: onDemand(() => import('./explain-view'), 'ui.nav.explain'),
  history: onDemand(() => import('./history-view'), 'ui.nav.history'),
  practice: onDemand(() => import('./practice-view'), 'ui.nav.practice'),
  support: onDemand(() => import('./support-view'), 'ui.nav.support'),
  settings: onDemand(() => import('./settings-view'), 'ui.nav.settings'),
  area: onDemand(() => import('./area-view')),
  guide: onDemand(() => import('./guide-view')),
};
