// Electronegativity over the Electron code (main and preload; the rest of electron/ too), as part
// of npm test: any finding above LOW fails unless a comment at its site justifies it. Planted
// violations prove the gate fails when it should.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { electronegativityGate, type GateFinding } from './electronegativity-gate';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const electronVersion = (
  JSON.parse(readFileSync(path.join(repo, 'package.json'), 'utf8')) as {
    devDependencies: Record<string, string>;
  }
).devDependencies.electron!;
const describeFinding = (f: GateFinding) => `${f.severity} ${f.id} at ${f.file}:${f.line}`;

describe('Electronegativity over electron/', () => {
  let gate: Awaited<ReturnType<typeof electronegativityGate>>;
  beforeAll(async () => {
    gate = await electronegativityGate(path.join(repo, 'electron'), electronVersion);
  }, 60_000);

  it('finds nothing above LOW that is not justified where it occurs', () => {
    expect(gate.findings.filter((f) => !f.justified).map(describeFinding)).toEqual([]);
  });

  it('could parse every file (a file it cannot read is a file it did not check)', () => {
    expect(gate.unparsed).toEqual([]);
  });

  it('has no eng-disable comments, which would hide findings without a reviewed reason', () => {
    expect(gate.suppressed).toEqual([]);
  });

  it('looked at the main process and the preload', () => {
    // The window is built from options it cannot see through, so it reports (and we justify) there.
    expect(gate.findings.map((f) => f.file)).toContain(path.join('main', 'dashboard-window.ts'));
  });
});

describe('the gate itself, on planted violations', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'ig-eng-'));
    await writeFile(
      path.join(dir, 'bad-window.js'),
      [
        "const { BrowserWindow } = require('electron');",
        'new BrowserWindow({ webPreferences: { webSecurity: false, allowRunningInsecureContent: true, sandbox: false } });',
        '',
      ].join('\n'),
    );
    await writeFile(
      path.join(dir, 'justified-window.js'),
      [
        "const { BrowserWindow } = require('electron');",
        '// electronegativity: SANDBOX_JS_CHECK, CONTEXT_ISOLATION_JS_CHECK, AUXCLICK_JS_CHECK — planted',
        '// justified findings, for the gate test only.',
        'new BrowserWindow({ webPreferences: { sandbox: false } });',
        '',
      ].join('\n'),
    );
    await writeFile(path.join(dir, 'hidden.js'), 'shell.openExternal(url); /* eng-disable OPEN_EXTERNAL_JS_CHECK */\n');
  }, 60_000);
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('fails on an unjustified HIGH finding, passes the same finding justified at its site, refuses eng-disable', async () => {
    const gate = await electronegativityGate(dir, electronVersion);
    const unjustified = gate.findings.filter((f) => !f.justified && f.file === 'bad-window.js');
    expect(unjustified.map((f) => f.id)).toEqual(
      expect.arrayContaining(['WEB_SECURITY_JS_CHECK', 'INSECURE_CONTENT_JS_CHECK', 'SANDBOX_JS_CHECK']),
    );
    expect(unjustified.some((f) => f.severity === 'HIGH')).toBe(true);
    const planted = gate.findings.filter((f) => f.file === 'justified-window.js');
    expect(planted.map((f) => f.id).sort()).toEqual([
      'AUXCLICK_JS_CHECK',
      'CONTEXT_ISOLATION_JS_CHECK',
      'SANDBOX_JS_CHECK',
    ]);
    expect(planted.every((f) => f.justified)).toBe(true);
    // A global finding (no CSP anywhere, no navigation limits...) needs its justification somewhere too.
    expect(gate.findings.filter((f) => f.file === '(global)' && !f.justified).length).toBeGreaterThan(0);
    expect(gate.suppressed).toEqual(['hidden.js']);
  }, 60_000);
});
