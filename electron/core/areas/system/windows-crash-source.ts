import { describeShellOutcome } from '../../exec/describe-shell-outcome';
import type { PowerShellSession } from '../../exec/powershell-session';
import type { CrashSource } from './crash-events';
import { parseWindowsCrashes, windowsCrashScript } from './windows-system-parse';

/** Windows: the System event log through the shared PowerShell session. */
export function windowsCrashSource(session: PowerShellSession): CrashSource {
  return async (days, signal) => {
    const outcome = await session.run(windowsCrashScript(days), { timeoutMs: 20_000, signal });
    if (outcome.kind === 'ok') return parseWindowsCrashes(outcome.text);
    if (outcome.kind === 'missing')
      return { ok: false, problem: 'tool-missing', reason: 'powershell.exe', install: 'Windows PowerShell 5.1' };
    return { ok: false, problem: 'unreadable', reason: describeShellOutcome(outcome) };
  };
}
