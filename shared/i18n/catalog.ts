import { languages, type Language } from './define-catalog';
import { commonCatalog } from './catalogs/common';
import { policyCatalog } from './catalogs/policy';
import { diskCatalog } from './catalogs/disk';
import { usbCatalog } from './catalogs/usb-devices';
import { cliCatalog } from './catalogs/cli';
import { uiCatalog } from './catalogs/ui';
import { trayCatalog } from './catalogs/tray';
import { desktopCatalog } from './catalogs/desktop';
import { networkCatalog } from './catalogs/network';
import { printerCatalog } from './catalogs/printer';
import { memoryCatalog } from './catalogs/memory';
import { clockCatalog } from './catalogs/clock';
import { softwareCatalog } from './catalogs/software';
import { systemCatalog } from './catalogs/system';
import { guidesCatalog } from './catalogs/guides';
import { guidesCodesCatalog } from './catalogs/guides-codes';
import { guidesUsbCatalog } from './catalogs/guides-usb';
import { guidesNetworkCatalog } from './catalogs/guides-network';
import { guidesPrinterCatalog } from './catalogs/guides-printer';
import { guidesSystemCatalog } from './catalogs/guides-system';
import { guidesDeviceCatalog } from './catalogs/guides-device';
import { journalCatalog } from './catalogs/journal';
import { supportCatalog } from './catalogs/support';
import { fleetCatalog } from './catalogs/fleet';
import { backupCatalog } from './catalogs/backup';
import { guidesDataCatalog } from './catalogs/guides-data';

/** Every area's strings; an area adds its catalog file here. */
const areaCatalogs = [
  commonCatalog,
  policyCatalog,
  cliCatalog,
  uiCatalog,
  trayCatalog,
  desktopCatalog,
  diskCatalog,
  usbCatalog,
  networkCatalog,
  printerCatalog,
  memoryCatalog,
  clockCatalog,
  softwareCatalog,
  systemCatalog,
  guidesCatalog,
  guidesCodesCatalog,
  guidesUsbCatalog,
  guidesNetworkCatalog,
  guidesPrinterCatalog,
  guidesSystemCatalog,
  guidesDeviceCatalog,
  journalCatalog,
  supportCatalog,
  fleetCatalog,
  backupCatalog,
  guidesDataCatalog,
];

/** All strings of one language, merged from the area catalogs. */
export function messagesFor(language: Language): Record<string, string> {
  return Object.assign({}, ...areaCatalogs.map((c) => c[language])) as Record<string, string>;
}

/** Keys defined twice across area catalogs (a test keeps this empty: the later one would win silently). */
export function duplicateKeys(): string[] {
  const seen = new Set<string>();
  const dupes: string[] = [];
  for (const c of areaCatalogs) {
    for (const key of Object.keys(c['zh-CN'])) {
      if (seen.has(key)) dupes.push(key);
      seen.add(key);
    }
  }
  return dupes;
}

export { languages, type Language };
