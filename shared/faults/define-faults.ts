import type { FaultCategory, Severity } from '../model/fault';

/** What every fault id carries wherever it is raised; texts live in the i18n catalogs as `fault.<id>.*`. */
export interface FaultDefinition {
  category: FaultCategory;
  /** The usual severity; a rule may raise it (for example disk space below the fault threshold). */
  severity: Severity;
  /** Guide id; guides are data in shared/guides (one per fault unless several share one). */
  guide: string;
}

/** Declares an area's faults; ids are stable names users and IT scripts rely on. */
export function defineFaults<const T extends Record<string, FaultDefinition>>(faults: T): T {
  return faults;
}
