import { languages, type Language } from './define-catalog';
import { commonCatalog } from './catalogs/common';
import { policyCatalog } from './catalogs/policy';
import { diskCatalog } from './catalogs/disk';
import { cliCatalog } from './catalogs/cli';
import { uiCatalog } from './catalogs/ui';

/** Every area's strings; an area adds its catalog file here. */
const areaCatalogs = [commonCatalog, policyCatalog, cliCatalog, uiCatalog, diskCatalog];

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
