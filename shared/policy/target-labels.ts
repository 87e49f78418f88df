import { z } from 'zod';
import type { LocalName } from '../devices/device-types';

/** A name in both product languages, as IT writes it in the policy: `{"zh": "电子税务局", "en": "e-Tax bureau"}`. */
export const labelSchema = z
  .object({ zh: z.string().min(1).max(60), en: z.string().min(1).max(60) })
  .strict()
  .describe('display name in Chinese and English, e.g. {"zh": "电子税务局", "en": "e-Tax bureau"}');

/**
 * Display names of the endpoint and local-service names the example policy ships (data, like the
 * device catalog's names). The policy's own `label` wins; a name with neither is shown by its host.
 */
export const builtInTargetLabels: Readonly<Record<string, LocalName>> = {
  chinatax: { zh: '国家税务总局网站', en: 'State Taxation Administration website' },
  etax: { zh: '电子税务局', en: 'e-Tax bureau' },
  tpass: { zh: '统一身份认证平台', en: 'unified login (tpass)' },
  dppt: { zh: '数电发票平台', en: 'fully digital invoice platform' },
  fpdk: { zh: '增值税发票综合服务平台', en: 'VAT invoice service platform' },
  fpsc: { zh: '抄报税服务器', en: 'tax filing upload server' },
  skfp: { zh: '抄报税服务器', en: 'tax filing upload server' },
  upload: { zh: '抄报税服务器', en: 'tax filing upload server' },
  'ukey-helper': { zh: '税务UKey 证书助手', en: 'Tax UKey certificate helper' },
};

/** The label a target is shown by: the policy's, else a built-in one, else its host (or name) in both languages. */
export function targetLabel(target: { name: string; label?: LocalName | undefined; host?: string }): LocalName {
  const label = target.label ?? builtInTargetLabels[target.name];
  if (label) return label;
  const fallback = target.host ?? target.name;
  return { zh: fallback, en: fallback };
}
