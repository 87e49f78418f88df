import { z } from 'zod';

/** How a workstation invoices: with a USB tax device (金税盘, 税控盘, 税务UKey), or fully digital (数电发票). */
export const invoicingModes = ['tax-device', 'digital'] as const;
export type InvoicingMode = (typeof invoicingModes)[number];

/**
 * The mode in force and why: `policy` (IT set `invoicing.mode` or `devices.require.taxDevice`),
 * `seen` (automatic, and a tax device has been connected to this PC before), `default`
 * (automatic, and none ever was: fully digital).
 */
export const invoicingStateSchema = z
  .object({ mode: z.enum(invoicingModes), because: z.enum(['policy', 'seen', 'default']) })
  .strict();
export type InvoicingState = z.infer<typeof invoicingStateSchema>;

/**
 * Pure: the mode from the policy and this PC's history. `auto` treats the PC as a tax-device PC
 * once a tax device has been seen on it or the policy requires one, and as fully digital otherwise.
 */
export function resolveInvoicingMode(
  policyMode: 'auto' | InvoicingMode,
  requireTaxDevice: boolean | undefined,
  taxDeviceSeenAt: string | undefined,
): InvoicingState {
  if (policyMode !== 'auto') return { mode: policyMode, because: 'policy' };
  if (requireTaxDevice !== undefined) return { mode: requireTaxDevice ? 'tax-device' : 'digital', because: 'policy' };
  return taxDeviceSeenAt ? { mode: 'tax-device', because: 'seen' } : { mode: 'digital', because: 'default' };
}
