import { acquirePowerShell } from '../../exec/powershell-session';
import type { AreaFactory, DiagnosisRule, Probe } from '../../probe';
import { evaluateSoftware } from './evaluate-software';
import { helperProbe } from './helper-probe';
import { linuxProcessSource } from './linux-process-source';
import type { ProcessSource } from './process-model';
import { windowsProcessSource } from './windows-process-source';
import { sourceProbe } from '../../source-probe';
import { localPortSource, type LocalPortSource } from '../../sources/local-port';

/** `software.not-running` (the software or its helper) and `software.outdated`. */
export const softwareRule: DiagnosisRule = {
  id: 'software',
  evaluate(readings) {
    const faults = [];
    const processes = readings.get('software.processes');
    const helper = readings.get('software.helper');
    const { notRunning = [], outdated = [] } = (processes?.details ?? {}) as {
      notRunning?: string[];
      outdated?: string[];
    };
    const helperDown = helper?.status === 'fault';
    if (notRunning.length || helperDown) {
      const names = [...notRunning, ...(helperDown ? [String(helper?.details.name ?? '')] : [])];
      faults.push({
        id: 'software.not-running',
        checkIds: [...(notRunning.length ? ['software.processes'] : []), ...(helperDown ? ['software.helper'] : [])],
        evidence: { names: names.join(', ') },
      });
    }
    if (outdated.length)
      faults.push({
        id: 'software.outdated',
        checkIds: ['software.processes'],
        evidence: { names: outdated.join(', ') },
      });
    return faults;
  },
};

/** `software.processes`: every vendor the policy lists is running, at or above its minimum version. */
function processesProbe(
  expected: Parameters<typeof evaluateSoftware>[1],
  intervalMs: number,
  source: ProcessSource,
): Probe {
  const names = expected.flatMap((e) => e.processes);
  return sourceProbe({
    id: 'software.processes',
    area: 'software',
    intervalMs,
    timeoutMs: 12_000,
    read: async (signal) => (expected.length ? source(names, signal) : { ok: true, processes: [] }),
    evaluate: (read) => evaluateSoftware(read, expected),
  });
}

/** What the software checks read: running programs and the helper's local port. */
export interface SoftwareSources {
  processes: ProcessSource;
  port: LocalPortSource;
}

/** The invoicing software and its local helper; any source left out is the OS's. */
export function softwareArea(sources: Partial<SoftwareSources> = {}): AreaFactory {
  return ({ policy, platform }) => {
    const settings = policy.software;
    if (!settings.enabled) return { probes: [], rules: [] };
    let release: (() => void) | undefined;
    let processes = sources.processes;
    if (!processes) {
      if (platform === 'win32') {
        const shell = acquirePowerShell();
        release = shell.release;
        processes = windowsProcessSource(shell.session);
      } else processes = linuxProcessSource();
    }
    return {
      probes: [
        processesProbe(settings.expected, settings.intervalSeconds * 1000, processes),
        helperProbe(settings, processes, sources.port ?? localPortSource),
      ],
      rules: [softwareRule],
      dispose: () => release?.(),
    };
  };
}
