import { acquirePowerShell } from '../../exec/powershell-session';
import type { AreaFactory } from '../../probe';
import type { TaxDeviceMemory } from '../define-area';
import { invoicingState } from '../../invoicing-mode';
import { cupsSource } from './cups-source';
import type { PrinterSource } from './printer-model';
import { printerQueueProbe } from './printer-queue-probe';
import { printerQueueRule } from './printer-rules';
import { windowsPrinterSource } from './windows-printer-source';

/** What the printer check reads: the OS's print queues, and the time (for jobs stuck too long). */
export interface PrinterSources {
  /** The OS source by default: CUPS on Linux, the Windows spooler through the shared PowerShell. */
  source: PrinterSource;
  now: () => number;
  /** This PC's tax-device memory, for the invoicing mode (a digital PC may have no printer). */
  taxDevice: Pick<TaxDeviceMemory, 'seenAt'>;
}

/** The invoice printer's queue. */
export function printerArea(sources: Partial<PrinterSources> = {}): AreaFactory {
  return ({ policy, platform }) => {
    if (!policy.printers.enabled) return { probes: [], rules: [] };
    let release: (() => void) | undefined;
    let source = sources.source;
    if (!source) {
      if (platform === 'win32') {
        const shell = acquirePowerShell();
        release = shell.release;
        source = windowsPrinterSource(shell.session);
      } else source = cupsSource();
    }
    return {
      probes: [
        printerQueueProbe(policy.printers, source, sources.now, () => invoicingState(policy, sources.taxDevice).mode),
      ],
      rules: [printerQueueRule],
      dispose: () => release?.(),
    };
  };
}
