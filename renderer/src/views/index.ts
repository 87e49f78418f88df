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

const onDemand = (load: () => Promise<{ default: ComponentType }>) => lazy(load);

/**
 * Every view of the app by route name, in navigation order; an area adds its views here (the
 * journal's history view, the backup view), each loaded on demand.
 */
export const views: Record<string, ViewEntry> = {
  dashboard: { component: DashboardView, navKey: 'ui.nav.dashboard' },
  network: { component: onDemand(() => import('./network-view')), navKey: 'ui.nav.network' },
  readiness: { component: onDemand(() => import('./readiness-view')), navKey: 'ui.nav.readiness' },
  explain: {
    component: onDemand(() => import('./explain-view')),
    navKey: 'ui.nav.explain',
    messages: ['guides'],
  },
  practice: { component: onDemand(() => import('./practice-view')), navKey: 'ui.nav.practice' },
  settings: { component: onDemand(() => import('./settings-view')), navKey: 'ui.nav.settings' },
  area: { component: onDemand(() => import('./area-view')) },
  guide: { component: onDemand(() => import('./guide-view')), messages: ['guides'] },
};
