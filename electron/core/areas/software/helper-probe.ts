import net from 'node:net';
import type { SoftwarePolicy } from '../../../../shared/policy/software-policy';
import type { Probe, ProbeOutcome } from '../../probe';
import { normalizeProcessName, type ProcessSource } from './process-model';

/** Whether something accepts TCP connections on 127.0.0.1:port; connects and closes, sends nothing. */
export function loopbackListening(port: number, timeoutMs: number): Promise<{ ok: boolean; reason: string }> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    const done = (ok: boolean, reason: string): void => {
      clearTimeout(timer);
      socket.destroy();
      resolve({ ok, reason });
    };
    const timer = setTimeout(() => done(false, `no answer on port ${port} within ${timeoutMs} ms`), timeoutMs);
    socket.once('connect', () => done(true, ''));
    socket.once('error', (e: NodeJS.ErrnoException) => done(false, `port ${port}: ${e.code ?? e.message}`));
  });
}

/** `software.helper`: the local helper (e.g. the 税务UKey login helper) runs and/or listens on its port. */
export function helperProbe(policy: SoftwarePolicy, processes: ProcessSource): Probe {
  return {
    id: 'software.helper',
    area: 'software',
    intervalMs: policy.intervalSeconds * 1000,
    timeoutMs: 12_000,
    async run(signal): Promise<ProbeOutcome> {
      const helper = policy.helper;
      if (!helper)
        return {
          status: 'ok',
          summary: { key: 'check.software.helper.notConfigured' },
          details: { configured: false },
        };
      const name = helper.name;
      const problems: string[] = [];
      let processRunning: boolean | null = null;
      if (helper.process) {
        const read = await processes([helper.process], signal);
        if (!read.ok)
          return {
            status: 'unknown',
            summary: { key: 'check.software.helper.unreadable', params: { name, reason: read.reason } },
            details: { configured: true, error: read.reason },
          };
        const wanted = normalizeProcessName(helper.process);
        processRunning = read.processes.some((p) => normalizeProcessName(p.name) === wanted);
        if (!processRunning) problems.push(`${helper.process} not running`);
      }
      let portOpen: boolean | null = null;
      if (helper.port !== undefined) {
        const probe = await loopbackListening(helper.port, 2000);
        portOpen = probe.ok;
        if (!probe.ok) problems.push(probe.reason);
      }
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
          summary: { key: 'check.software.helper.down', params: { name, reason: problems.join('; ') } },
          details,
        };
      return { status: 'ok', summary: { key: 'check.software.helper.ok', params: { name } }, details };
    },
  };
}
