import type { SoftwarePolicy } from '../../../../shared/policy/software-policy';
import { notConfigured } from '../../source-probe';
import type { Probe, ProbeOutcome } from '../../probe';
import type { LocalPortSource } from '../../sources/local-port';
import { normalizeProcessName, type ProcessRead, type ProcessSource } from './process-model';

type HelperPolicy = NonNullable<SoftwarePolicy['helper']>;

/** What the helper check saw: its process (null when the policy names none) and its port. */
export interface HelperSeen {
  processes: ProcessRead | null;
  port: { listening: boolean; reason: string } | null;
}

/** Pure: what was seen of the local helper to the `software.helper` reading. */
export function evaluateHelper(helper: HelperPolicy, seen: HelperSeen): ProbeOutcome {
  const name = helper.name;
  if (seen.processes && !seen.processes.ok)
    return {
      status: 'unknown',
      summary: { key: 'check.software.helper.unreadable', params: { name, problem: seen.processes.problem } },
      details: { configured: true, error: seen.processes.problem, reason: seen.processes.reason },
    };
  const problems: string[] = [];
  let processRunning: boolean | null = null;
  if (helper.process && seen.processes?.ok) {
    const wanted = normalizeProcessName(helper.process);
    processRunning = seen.processes.processes.some((p) => normalizeProcessName(p.name) === wanted);
    if (!processRunning) problems.push(`${helper.process} not running`);
  }
  const portOpen = seen.port ? seen.port.listening : null;
  if (seen.port && !seen.port.listening) problems.push(seen.port.reason);
  const details = {
    configured: true,
    name,
    process: helper.process ?? null,
    port: helper.port ?? null,
    processRunning,
    portOpen,
  };
  if (problems.length)
    return {
      status: 'fault',
      summary: { key: 'check.software.helper.down', params: { name } },
      details: { ...details, reason: problems.join('; ') },
    };
  return { status: 'ok', summary: { key: 'check.software.helper.ok', params: { name } }, details };
}

/** `software.helper`: the local helper (e.g. the 税务UKey login helper) runs and/or listens on its port. */
export function helperProbe(policy: SoftwarePolicy, processes: ProcessSource, port: LocalPortSource): Probe {
  return {
    id: 'software.helper',
    area: 'software',
    intervalMs: policy.intervalSeconds * 1000,
    timeoutMs: 12_000,
    async run(signal): Promise<ProbeOutcome> {
      const helper = policy.helper;
      if (!helper) return notConfigured({ key: 'check.software.helper.notConfigured' });
      const [seenProcesses, seenPort] = await Promise.all([
        helper.process ? processes([helper.process], signal) : null,
        helper.port !== undefined ? port(helper.port, 2000, signal) : null,
      ]);
      return evaluateHelper(helper, {
        processes: seenProcesses,
        port: seenPort && {
          listening: seenPort.listening,
          reason: seenPort.listening ? '' : `port ${helper.port}: ${seenPort.reason}`,
        },
      });
    },
  };
}
