import type { ComponentType } from 'react';
import { DashboardView } from './dashboard-view';
import { GuideView } from './guide-view';
import { ReadinessView } from './readiness-view';
import { ExplainView } from './explain-view';
import { PracticeView } from './practice-view';

export interface ViewEntry {
  component: ComponentType;
  /** Catalog key of the navigation label; views without one are reached from other views only. */
  navKey?: string;
}

/** Every view of the app by route name; an area adds its views here. */
export const views: Record<string, ViewEntry> = {
  dashboard: { component: DashboardView, navKey: 'ui.nav.dashboard' },
  readiness: { component: ReadinessView, navKey: 'ui.nav.readiness' },
  explain: { component: ExplainView, navKey: 'ui.nav.explain' },
  practice: { component: PracticeView, navKey: 'ui.nav.practice' },
  guide: { component: GuideView },
};
