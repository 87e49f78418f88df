import type { Language } from '../../../shared/i18n/define-catalog';
import { shellCatalog } from './catalogs/shell';
import { dashboardCatalog } from './catalogs/dashboard';
import { guideCatalog } from './catalogs/guide';
import { networkViewCatalog } from './catalogs/network-view';
import { settingsCatalog } from './catalogs/settings';
import { backupViewCatalog } from './catalogs/backup-view';
import { incidentsCatalog } from './catalogs/incidents';
import { historyCatalog } from './catalogs/history';
import { supportViewCatalog } from './catalogs/support-view';

/**
 * The window's own words (the CLI and tray never show them), beside the shared catalogs; a view
 * adds its catalog file here. test/renderer/i18n/renderer-catalogs.test.ts holds them to the same
 * rules as the shared ones (both languages, same placeholders, no key defined twice anywhere).
 */
export const rendererCatalogs = [
  shellCatalog,
  dashboardCatalog,
  guideCatalog,
  networkViewCatalog,
  settingsCatalog,
  backupViewCatalog,
  incidentsCatalog,
  historyCatalog,
  supportViewCatalog,
];

export function rendererMessagesFor(language: Language): Record<string, string> {
  return Object.assign({}, ...rendererCatalogs.map((c) => c[language])) as Record<string, string>;
}
