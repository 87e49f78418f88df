import { mkdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { readCapped } from '../util/read-capped-file';

/** The per-user settings the main process keeps (userData/settings.json); everything optional. */
const userSettingsSchema = z.object({ startAtLogin: z.boolean().optional() }).strip();
export type UserSettings = z.infer<typeof userSettingsSchema>;

/** Reads the user's settings; a missing, unreadable or malformed file is no settings at all. */
export async function readUserSettings(dir: string): Promise<UserSettings> {
  try {
    const parsed = userSettingsSchema.safeParse(
      JSON.parse((await readCapped(path.join(dir, 'settings.json'), 64 * 1024)).toString('utf8')),
    );
    return parsed.success ? parsed.data : {};
  } catch {
    return {};
  }
}

/** Writes them atomically (temporary file, then rename), so a crash never leaves half a file. */
export async function writeUserSettings(dir: string, settings: UserSettings): Promise<void> {
  await mkdir(dir, { recursive: true });
  const target = path.join(dir, 'settings.json');
  const temporary = `${target}.${process.pid}.tmp`;
  await writeFile(temporary, `${JSON.stringify(settings, null, 2)}\n`);
  await rename(temporary, target);
}
