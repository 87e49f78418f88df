import { z } from 'zod';
import type { SupportPolicy } from '../policy/support-policy';

/**
 * Built-in contacts, each with where the number comes from. Only the national tax service hotline
 * ships: no device vendor's or software provider's service line could be confirmed from a public
 * source for this release, so IT enters the ones its company uses in the policy (`support.vendors`).
 */
export const builtInContacts = [
  {
    id: 'tax-hotline',
    role: 'tax-service',
    nameKey: 'support.contact.taxHotline',
    phone: '12366',
    portal: 'https://www.chinatax.gov.cn/',
    source: 'State Taxation Administration, national 12366 tax service hotline (纳税服务热线)',
    verified: true,
  },
] as const;

export const contactSchema = z
  .object({
    id: z.string(),
    role: z.enum(['it', 'tax-device', 'invoicing-software', 'other', 'tax-service']),
    /** A name given by IT, or a catalog key for built-in contacts. */
    name: z.string().optional(),
    nameKey: z.string().optional(),
    phone: z.string().optional(),
    mail: z.string().optional(),
    portal: z.string().optional(),
    note: z.string().optional(),
    builtIn: z.boolean(),
    /** Where a built-in number comes from, and whether it was checked; policy contacts are IT's word. */
    source: z.string().optional(),
    verified: z.boolean(),
  })
  .strict();
export type Contact = z.infer<typeof contactSchema>;

/** What the main process may open for the support dialog: exactly these, nothing else (open-external.ts). */
export const externalAllowlistSchema = z
  .object({
    mailto: z.array(z.string()),
    tel: z.array(z.string()),
    https: z.array(z.string()),
  })
  .strict();
export type ExternalAllowlist = z.infer<typeof externalAllowlistSchema>;

export const supportContactsSchema = z
  .object({
    contacts: z.array(contactSchema),
    /** Whether a webhook is configured (its URL and token are never sent to the UI). */
    webhook: z.boolean(),
    allow: externalAllowlistSchema,
  })
  .strict();
export type SupportContacts = z.infer<typeof supportContactsSchema>;

/** `tel:` form of a phone number as people write it: digits and a leading + only, extension after `,`. */
export function telNumber(phone: string): string {
  const [main = '', extension] = phone.split(/[,;#*]/, 2);
  const digits = main.replace(/[^0-9+]/g, '').replace(/(?!^)\+/g, '');
  return extension ? `${digits},${extension.replace(/[^0-9]/g, '')}` : digits;
}

/** IT first, then the suppliers IT named, then the built-in public lines; and the allowlist they make. */
export function supportContacts(policy: SupportPolicy): SupportContacts {
  const contacts: Contact[] = [];
  const it = policy.it;
  if (it.name || it.phone || it.mail || it.portal) {
    contacts.push({ id: 'it', role: 'it', builtIn: false, verified: true, ...definedOnly(it) });
  }
  policy.vendors.forEach((v, i) => {
    const { role, ...rest } = v;
    contacts.push({ id: `vendor-${i + 1}`, role, builtIn: false, verified: true, ...definedOnly(rest) });
  });
  for (const b of builtInContacts) {
    contacts.push({
      id: b.id,
      role: b.role,
      nameKey: b.nameKey,
      phone: b.phone,
      portal: b.portal,
      builtIn: true,
      source: b.source,
      verified: b.verified,
    });
  }
  const unique = (values: (string | undefined)[]): string[] => [
    ...new Set(values.filter((v): v is string => v !== undefined && v !== '')),
  ];
  return {
    contacts,
    webhook: policy.webhook !== null,
    allow: {
      mailto: unique(contacts.map((c) => c.mail?.toLowerCase())),
      tel: unique(contacts.map((c) => (c.phone ? telNumber(c.phone) : undefined))),
      https: unique(contacts.map((c) => c.portal)),
    },
  };
}

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
