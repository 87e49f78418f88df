import type { AreaFactory } from '../probe';
import { diskArea } from './disk/disk-area';

/** The real areas the core watches on a workstation; each area adds its factory here. */
export function productionAreas(): AreaFactory[] {
  return [diskArea()];
}
