import os from 'node:os';
import type { HostFacts } from '../../../shared/support/system-summary';

/** This computer and the runtime, as the support desk asks for them (no account names, no addresses). */
export function gatherHostFacts(appVersion: string): HostFacts {
  const resolved = Intl.DateTimeFormat().resolvedOptions();
  const versions = process.versions as NodeJS.ProcessVersions & { electron?: string; chrome?: string };
  return {
    platform: process.platform,
    release: os.release(),
    osVersion: typeof os.version === 'function' ? os.version() : '',
    arch: process.arch,
    hostname: os.hostname(),
    locale: resolved.locale,
    timeZone: resolved.timeZone ?? 'UTC',
    uptimeSeconds: Math.round(os.uptime()),
    totalMemMiB: Math.round(os.totalmem() / 1024 / 1024),
    cpus: os.cpus().length,
    versions: {
      app: appVersion,
      node: versions.node,
      v8: versions.v8,
      ...(versions.electron ? { electron: versions.electron } : {}),
      ...(versions.chrome ? { chrome: versions.chrome } : {}),
    },
  };
}
