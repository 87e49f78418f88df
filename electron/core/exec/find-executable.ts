import { statSync } from 'node:fs';
import path from 'node:path';

function isFile(candidate: string): boolean {
  try {
    return statSync(candidate).isFile();
  } catch {
    return false;
  }
}

/**
 * Whether `file` can be found the way spawn would find it (a path as given, else each PATH entry,
 * with PATHEXT on Windows). A few stat calls instead of a fork that fails with ENOENT: a missing
 * smartctl or lpstat costs microseconds, not milliseconds of a forked Node process.
 */
export function executableExists(
  file: string,
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
): boolean {
  const extensions =
    platform === 'win32' && !path.extname(file) ? (env.PATHEXT ?? '.EXE;.CMD;.BAT;.COM').split(';') : [''];
  const withExt = (base: string): string[] => extensions.map((ext) => base + ext);
  if (file.includes('/') || (platform === 'win32' && file.includes('\\'))) return withExt(file).some(isFile);
  const dirs = (env.PATH ?? env.Path ?? '').split(platform === 'win32' ? ';' : ':').filter(Boolean);
  return dirs.some((dir) => withExt(path.join(dir, file)).some(isFile));
}
