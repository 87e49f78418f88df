import { z } from 'zod';

/** A phone number as people write it: digits, spaces, dashes, brackets, an optional leading + and extension. */
const phoneSchema = z
  .string()
  .max(40)
  .regex(/^\+?[0-9][0-9 ()-]{1,30}([,;#*][0-9]{1,8})?$/, 'policy.rule.phone');
const mailSchema = z
  .string()
  .max(254)
  .regex(/^[^\s@<>()[\]\\,;:"]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$/, 'policy.rule.mail');
const nameSchema = z.string().min(1).max(200);

/** https only: a support page or portal is opened by the main process from this list, nothing else. */
export const httpsUrlSchema = z.string().max(2048).refine(isHttpsUrl, 'policy.rule.httpsUrl');

/**
 * The webhook may also be plain http on this computer's loopback (a local ticket relay or agent);
 * anywhere else it must be https, since the bundle travels in it.
 */
const webhookUrlSchema = z.string().max(2048).refine(isWebhookUrl, 'policy.rule.webhookUrl');

/** A pattern IT adds to the built-in redaction: a JavaScript regular expression, matched case-insensitively. */
const patternSchema = z.string().min(1).max(200).refine(isRegex, 'policy.rule.regex');

const vendorSchema = z
  .object({
    /** Which supplier this is: the tax device's service provider, or the invoicing software's. */
    role: z.enum(['tax-device', 'invoicing-software', 'other']),
    name: nameSchema,
    phone: phoneSchema.optional(),
    mail: mailSchema.optional(),
    portal: httpsUrlSchema.optional(),
    /** Free text shown with the contact (service hours, contract number). */
    note: z.string().max(500).optional(),
  })
  .strict();
export type VendorContact = z.infer<typeof vendorSchema>;

/**
 * Contact support (docs/support.md): the company's IT, the suppliers it uses, an optional webhook that
 * receives tickets with their bundle, and extra redaction patterns. The national tax service hotline
 * 12366 is built in and needs no entry.
 */
export const supportPolicySchema = z
  .object({
    it: z
      .object({
        name: nameSchema.optional(),
        phone: phoneSchema.optional(),
        mail: mailSchema.optional(),
        portal: httpsUrlSchema.optional(),
        note: z.string().max(500).optional(),
      })
      .strict()
      .prefault({}),
    vendors: z.array(vendorSchema).max(10).default([]),
    webhook: z
      .object({
        url: webhookUrlSchema,
        /** Sent as `Authorization: Bearer …`; never logged, never bundled. */
        token: z.string().min(1).max(4096).optional(),
        timeoutSeconds: z.number().int().min(5).max(300).default(30),
        /** A ticket not delivered after this many days is given up (and the journal says so). */
        giveUpDays: z.number().int().min(1).max(30).default(7),
      })
      .strict()
      .nullable()
      .default(null),
    /** Extra text to remove from every support bundle, on top of the built-in rules. */
    redact: z.array(patternSchema).max(50).default([]),
    /** How far back the bundle's incident list reaches. */
    bundleDays: z.number().int().min(1).max(365).default(30),
  })
  .strict();
export type SupportPolicy = z.infer<typeof supportPolicySchema>;

/** scheme, user info and host of an absolute http(s) URL (shared/ has no URL class in its type library). */
function parseUrl(text: string): { protocol: string; userinfo: boolean; hostname: string } | undefined {
  const m = /^(https?):\/\/(?:([^@/?#\s]*)@)?(\[[0-9a-f:.]+\]|[^:/?#\s[\]@]+)(?::(\d{1,5}))?(?:[/?#][^\s]*)?$/i.exec(
    text,
  );
  if (!m) return undefined;
  return {
    protocol: `${(m[1] as string).toLowerCase()}:`,
    userinfo: m[2] !== undefined,
    hostname: (m[3] as string).toLowerCase(),
  };
}

function isHttpsUrl(text: string): boolean {
  const url = parseUrl(text);
  return url !== undefined && url.protocol === 'https:' && !url.userinfo;
}

const loopbackHosts = new Set(['127.0.0.1', 'localhost', '[::1]']);

function isWebhookUrl(text: string): boolean {
  const url = parseUrl(text);
  if (!url || url.userinfo) return false;
  return url.protocol === 'https:' || (url.protocol === 'http:' && loopbackHosts.has(url.hostname));
}

function isRegex(text: string): boolean {
  try {
    new RegExp(text, 'giu');
    return true;
  } catch {
    return false;
  }
}
