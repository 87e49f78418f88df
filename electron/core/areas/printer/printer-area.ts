import { acquirePowerShell } from '../../exec/powershell-session';
import type { AreaFactory } from '../../probe';
import { cupsSource } from './cups-source';
import type { PrinterSource } from './printer-model';
import { printerQueueProbe } from './printer-queue-probe';
import { printerQueueRule } from './printer-rules';
import { windowsPrinterSource } from './windows-printer-source';

export interface PrinterAreaOptions {
  /** Replaces the OS source (tests: a CUPS source pointed at a private scheduler, or a scripted one). */
  source?: PrinterSource;
  now?: () => number;
}

/** The invoice printer's queue: CUPS on Linux, the Windows spooler through the shared PowerShell. */
export function printerArea(options: PrinterAreaOptions = {}): AreaFactory {
  return ({ policy, platform }) => {
    if (!policy.printers.enabled) return { probes: [], rules: [] };
    let release: (() => void) | undefined;
    let source = options.source;
    if (!source) {
      if (platform === 'win32') {
        const shell = acquirePowerShell();
        release = shell.release;
        source = windowsPrinterSource(shell.session);
      } else source = cupsSource();
    }
    return {
      probes: [printerQueueProbe(policy.printers, source, options.now)],
      rules: [printerQueueRule],
      dispose: () => release?.(),
    };
  };
}
