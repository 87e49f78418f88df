import { randomBytes } from 'node:crypto';
import { mkdir, rename, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** Windows refuses a rename over a file another process has open (a collector reading it): retry briefly. */
const busyCodes = new Set(['EPERM', 'EACCES', 'EBUSY']);

/**
 * Writes a file so a reader sees the old content or the new, never half: a temporary file in the
 * same folder (named `.NAME.PID.RANDOM.tmp`, which no `*.prom` collector reads), then a rename over
 * the old one. `durable` also flushes to disk first (state files; not the metrics, rewritten soon).
 */
export async function writeAtomically(
  file: string,
  text: string,
  options: { durable?: boolean; createDir?: boolean } = {},
): Promise<void> {
  if (options.createDir) await mkdir(path.dirname(file), { recursive: true });
  const temp = path.join(
    path.dirname(file),
    `.${path.basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`,
  );
  try {
    await writeFile(temp, text, { encoding: 'utf8', flush: options.durable === true });
    for (let attempt = 1; ; attempt++) {
      try {
        await rename(temp, file);
        return;
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code ?? '';
        if (attempt >= 5 || !busyCodes.has(code) || process.platform !== 'win32') throw error;
        await new Promise((resolve) => setTimeout(resolve, 20 * attempt));
      }
    }
  } catch (error) {
    await unlink(temp).catch(() => {});
    throw error;
  }
}
