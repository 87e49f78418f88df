import type { AreaFactory } from '../../probe';
import { diskSmartProbe } from './disk-smart-probe';
import { diskSpaceProbe } from './disk-space-probe';
import { diskFailingRule, diskLowSpaceRule } from './disk-rules';
import { smartSource, type SmartSource } from './smart-source';
import { statfsSource, systemDrive, type SpaceSource } from './statfs-source';

/** What the disk checks read: free space per path, SMART health, and the environment naming the system drive. */
export interface DiskSources {
  space: SpaceSource;
  smart: SmartSource;
  env: NodeJS.ProcessEnv;
}

/** Disk checks; any source left out is the real one (statfs, smartctl, this process's environment). */
export function diskArea(sources: Partial<DiskSources> = {}): AreaFactory {
  return ({ policy, platform }) => {
    const space = sources.space ?? statfsSource;
    const paths = [...new Set([systemDrive(platform, sources.env ?? process.env), ...policy.disk.paths])];
    const probes = [diskSpaceProbe(policy.disk, paths, space)];
    if (policy.disk.smart !== false) probes.push(diskSmartProbe(policy.disk, sources.smart ?? smartSource(platform)));
    return { probes, rules: [diskLowSpaceRule, diskFailingRule] };
  };
}
