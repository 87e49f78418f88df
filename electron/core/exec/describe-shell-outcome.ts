import type { ShellOutcome } from './powershell-session';

/** One line for details: why a PowerShell query gave no usable answer. */
export function describeShellOutcome(outcome: ShellOutcome): string {
  switch (outcome.kind) {
    case 'ok':
      return 'ok';
    case 'script-error':
      return `PowerShell: ${outcome.message.split('\n')[0] ?? ''}`.slice(0, 300);
    case 'missing':
      return 'powershell.exe not found';
    case 'timeout':
      return `PowerShell gave no answer within ${outcome.timeoutMs} ms`;
    case 'died':
      return `PowerShell exited (${outcome.reason})`;
    case 'aborted':
      return 'aborted';
  }
}
