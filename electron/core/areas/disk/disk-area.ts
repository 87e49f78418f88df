import type { AreaFactory } from '../../probe';
import { diskSpaceProbe } from './disk-space-probe';
import { diskLowSpaceRule } from './disk-rules';
import { statfsSource, systemDrive, type SpaceSource } from './statfs-source';

/** Disk checks; `space` is injectable so unit tests can script free space. */
export function diskArea(space: SpaceSource = statfsSource, env: NodeJS.ProcessEnv = process.env): AreaFactory {
  return ({ policy, platform }) => {
    const paths = [...new Set([systemDrive(platform, env), ...policy.disk.paths])];
    return { probes: [diskSpaceProbe(policy.disk, paths, space)], rules: [diskLowSpaceRule] };
  };
}
