import type { Translator } from './translator';

/**
 * A check's display name: `check.<id>.name` when the catalog has it, else the name of its family
 * with the target as a parameter (`network.endpoint.etax` → `check.network.endpoint.name`), for the
 * endpoints and services IT names in the policy. The target is shown by its label (the reading's
 * `details.label`, from the policy or the built-in names), else its host, else the id's last part;
 * without a family name, the id itself.
 */
export function checkDisplayName(id: string, t: Translator, details?: Record<string, unknown>): string {
  if (t.has(`check.${id}.name`)) return t.t(`check.${id}.name`);
  const cut = id.lastIndexOf('.');
  const family = `check.${id.slice(0, cut)}.name`;
  if (cut > 0 && t.has(family)) return t.t(family, { name: targetName(details, t) ?? id.slice(cut + 1) });
  return id;
}

function targetName(details: Record<string, unknown> | undefined, t: Translator): string | undefined {
  const label = details?.label as { zh?: unknown; en?: unknown } | undefined;
  const inLanguage = t.language === 'zh-CN' ? label?.zh : label?.en;
  if (typeof inLanguage === 'string' && inLanguage) return inLanguage;
  return typeof details?.host === 'string' && details.host ? details.host : undefined;
}
