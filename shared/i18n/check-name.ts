import type { Translator } from './translator';

/**
 * A check's display name: `check.<id>.name` when the catalog has it, else the name of its family
 * with the last part as a parameter (`network.endpoint.etax` → `check.network.endpoint.name` with
 * name "etax", for the endpoints IT names in the policy), else the id itself.
 */
export function checkDisplayName(id: string, t: Translator): string {
  if (t.has(`check.${id}.name`)) return t.t(`check.${id}.name`);
  const cut = id.lastIndexOf('.');
  const family = `check.${id.slice(0, cut)}.name`;
  if (cut > 0 && t.has(family)) return t.t(family, { name: id.slice(cut + 1) });
  return id;
}
