import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';

const eslint = new ESLint({ cwd: process.cwd() });

/** Lints planted source text as if it lived at `filePath`; returns the rule ids that fired. */
async function violations(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

describe('the layer rules (a violation fails npm test)', () => {
  it.each([
    ['shared/planted.ts', "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n"],
    ['shared/planted.ts', "import fs from 'fs';\nexport const x = fs;\n"],
    ['shared/planted.ts', "import { readFile } from 'node:fs/promises';\nexport const x = readFile;\n"],
    ['renderer/src/planted.ts', "import { usb } from 'usb';\nexport const x = usb;\n"],
    ['shared/planted.ts', "import { app } from 'electron';\nexport const x = app;\n"],
    ['shared/planted.ts', "import { createCore } from '../electron/core/core';\nexport const x = createCore;\n"],
    ['renderer/src/planted.ts', "import { spawn } from 'node:child_process';\nexport const x = spawn;\n"],
    ['renderer/src/planted.ts', "import { ipcRenderer } from 'electron';\nexport const x = ipcRenderer;\n"],
    [
      'renderer/src/planted.ts',
      "import { createCore } from '../../electron/core/core';\nexport const x = createCore;\n",
    ],
    ['electron/core/planted.ts', "import { app } from 'electron';\nexport const x = app;\n"],
    ['electron/cli/planted.ts', "import { BrowserWindow } from 'electron';\nexport const x = BrowserWindow;\n"],
    ['electron/host/planted.ts', "import { utilityProcess } from 'electron';\nexport const x = utilityProcess;\n"],
    ['electron/host/planted.ts', "import { createTray } from '../main/tray';\nexport const x = createTray;\n"],
    [
      'electron/core/planted.ts',
      "import { superviseCore } from '../host/supervisor';\nexport const x = superviseCore;\n",
    ],
    ['electron/core/planted.ts', "import { runCli } from '../cli/cli';\nexport const x = runCli;\n"],
    ['electron/main/planted.ts', "import { ipcMain } from 'electron';\nexport const x = ipcMain;\n"],
    ['electron/preload/planted.ts', "import { ipcRenderer } from 'electron';\nexport const x = ipcRenderer;\n"],
  ])('rejects the import planted in %s', async (filePath, code) => {
    expect(await violations(filePath, code)).toEqual(
      expect.arrayContaining([expect.stringMatching(/no-restricted-(imports|paths)/)]),
    );
  });

  it.each([
    ['electron/core/planted.ts', "import { readFile } from 'node:fs/promises';\nexport const x = readFile;\n"],
    ['electron/main/planted.ts', "import { readFileSync } from 'fs';\nexport const x = readFileSync;\n"],
    ['electron/cli/planted.ts', "import fs from 'node:fs';\nexport const x = () => fs.promises.readFile('a');\n"],
    ['electron/util/planted.ts', "import { createReadStream } from 'node:fs';\nexport const x = createReadStream;\n"],
  ])('rejects an unbounded file read planted in %s', async (filePath, code) => {
    expect(await violations(filePath, code)).toContain('no-restricted-syntax');
  });

  it('rejects DOM and Node globals in shared/', async () => {
    expect(
      await violations('shared/planted.ts', 'export const x = window.location.href + process.env.HOME;\n'),
    ).toContain('no-restricted-globals');
  });

  it('rejects reaching raw IPC through a namespace import', async () => {
    expect(
      await violations(
        'electron/main/planted.ts',
        "import * as electron from 'electron';\nexport const x = electron.ipcMain;\n",
      ),
    ).toContain('no-restricted-properties');
  });

  it('allows what each layer is for', async () => {
    expect(
      await violations(
        'electron/main/ipc-main-bridge.ts',
        "import { ipcMain } from 'electron';\nexport const x = ipcMain;\n",
      ),
    ).toEqual([]);
    expect(
      await violations(
        'electron/preload/ipc-renderer-bridge.ts',
        "import { ipcRenderer } from 'electron';\nexport const x = ipcRenderer;\n",
      ),
    ).toEqual([]);
    expect(
      await violations('electron/main/planted.ts', "import { app } from 'electron';\nexport const x = app;\n"),
    ).toEqual([]);
    expect(await violations('renderer/src/planted.ts', "import { z } from 'zod';\nexport const x = z;\n")).toEqual([]);
    // A relative module that happens to share a package's name is not that package.
    expect(await violations('shared/planted.ts', "import { a } from './catalogs/usb';\nexport const x = a;\n")).toEqual(
      [],
    );
    expect(
      await violations(
        'electron/host/planted.ts',
        "import { createCore } from '../core/core';\nexport const x = createCore;\n",
      ),
    ).toEqual([]);
    expect(
      await violations(
        'electron/core/planted.ts',
        "import { statfs } from 'node:fs/promises';\nexport const x = statfs;\n",
      ),
    ).toEqual([]);
  });
});
