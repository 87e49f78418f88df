import { acquirePowerShell } from '../../exec/powershell-session';
import type { AreaFactory, Probe } from '../../probe';
import type { CrashSource } from './crash-events';
import { journalCrashSource } from './journal-crash-source';
import { linuxOsSource, windowsOsSource, type OsSource } from './os-source';
import { securityProbe, systemCrashesProbe, systemOsProbe, type SecuritySource } from './system-probes';
import { systemRule } from './system-rules';
import { windowsCrashSource } from './windows-crash-source';
import { parseWindowsSecurity, windowsSecurityScript } from './windows-system-parse';
import { describeShellOutcome } from '../../exec/describe-shell-outcome';

/** What the system checks read: OS facts, the system log's crashes, and (Windows) antivirus and firewall. */
export interface SystemSources {
  os: OsSource;
  crashes: CrashSource;
  /** Given: the security check runs on any OS (tests, practice); otherwise only on Windows. */
  security: SecuritySource;
}

/** OS and uptime, pending reboot, recent crashes from the system log, and (Windows) antivirus and firewall. */
export function systemArea(sources: Partial<SystemSources> = {}): AreaFactory {
  return ({ policy, platform }) => {
    const settings = policy.system;
    if (!settings.enabled) return { probes: [], rules: [] };
    let release: (() => void) | undefined;
    let { os, crashes, security } = sources;
    if (platform === 'win32' && (!os || !crashes || (!security && settings.security))) {
      const shell = acquirePowerShell();
      release = shell.release;
      os ??= windowsOsSource(shell.session);
      crashes ??= windowsCrashSource(shell.session);
      security ??= async (signal) => {
        const outcome = await shell.session.run(windowsSecurityScript, { timeoutMs: 25_000, signal });
        return outcome.kind === 'ok'
          ? parseWindowsSecurity(outcome.text)
          : { ok: false, problem: 'unreadable', reason: describeShellOutcome(outcome) };
      };
    }
    // The log probe first: it starts a child process, and probes of one round start in this order.
    const probes: Probe[] = [
      ...(settings.crashLog !== false ? [systemCrashesProbe(settings, crashes ?? journalCrashSource())] : []),
      systemOsProbe(settings, os ?? linuxOsSource()),
    ];
    // Defender and the Windows firewall have no counterpart checked here on Linux desktops.
    if (settings.security && security) probes.push(securityProbe(settings, security));
    return { probes, rules: [systemRule], dispose: () => release?.() };
  };
}
