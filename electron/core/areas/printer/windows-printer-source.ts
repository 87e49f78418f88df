import type { PowerShellSession } from '../../exec/powershell-session';
import { describeShellOutcome } from '../../exec/describe-shell-outcome';
import type { PrinterSource } from './printer-model';
import { parseWindowsPrinters, windowsPrinterScript } from './windows-printer-parse';

/** Windows: Win32_Printer and Win32_PrintJob through the shared PowerShell session (one round trip). */
export function windowsPrinterSource(session: PowerShellSession, timeoutMs = 8000): PrinterSource {
  return async (signal) => {
    const outcome = await session.run(windowsPrinterScript, { timeoutMs, signal });
    if (outcome.kind === 'ok') return parseWindowsPrinters(outcome.text);
    if (outcome.kind === 'missing')
      return { ok: false, problem: 'tool-missing', reason: 'powershell.exe', install: 'Windows PowerShell 5.1' };
    return { ok: false, problem: 'unreadable', reason: describeShellOutcome(outcome) };
  };
}
