import { z } from 'zod';

/**
 * How this workstation invoices. `auto` (the default): a tax-device PC once a tax device has been
 * seen on it (remembered in the data folder) or `devices.require.taxDevice` is true, fully digital
 * (数电发票) otherwise. `tax-device`: always needs its 金税盘/税控盘/税务UKey. `digital`: no tax device,
 * no 抄报/清卡; the tax platform endpoints matter most.
 */
export const invoicingPolicySchema = z
  .object({
    mode: z
      .enum(['auto', 'tax-device', 'digital'])
      .default('auto')
      .describe('"auto": tax-device PC once a device was seen here; "tax-device"; "digital" (数电发票, no device)'),
  })
  .strict();
export type InvoicingPolicy = z.infer<typeof invoicingPolicySchema>;
