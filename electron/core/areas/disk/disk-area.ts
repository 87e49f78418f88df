import type { AreaFactory } from '../../probe';
import { diskSmartProbe } from './disk-smart-probe';
import { diskSpaceProbe } from './disk-space-probe';
import { diskFailingRule, diskLowSpaceRule } from './disk-rules';
import { smartSource, type SmartSource } from './smart-source';
import { statfsSource, systemDrive, type SpaceSource } from './statfs-source';

/** Disk checks; `space` and `smart` are injectable so unit tests can script free space and SMART. */
export function diskArea(
  space: SpaceSource = statfsSource,
  env: NodeJS.ProcessEnv = process.env,
  smart?: SmartSource,
): AreaFactory {
  return ({ policy, platform }) => {
    const paths = [...new Set([systemDrive(platform, env), ...policy.disk.paths])];
    const probes = [diskSpaceProbe(policy.disk, paths, space)];
    if (policy.disk.smart) probes.push(diskSmartProbe(policy.disk, smart ?? smartSource(platform)));
    return { probes, rules: [diskLowSpaceRule, diskFailingRule] };
  };
}
