// The Electronegativity gate: runs @doyensec/electronegativity through its programmatic run() (its
// CLI exits 0 even on HIGH findings, so only the returned issues can gate) and keeps every finding
// above LOW that is not justified at its site. A justification is a comment on the finding's line
// or in the comment block just above it, naming the check and giving a reason:
//
//   // electronegativity: CONTEXT_ISOLATION_JS_CHECK — the options come from dashboardWindowOptions ...
//
// A finding without a site (a global check such as CSP_GLOBAL_CHECK) is justified by such a comment
// anywhere in the scanned files. Electronegativity's own `eng-disable` comments are refused: they
// hide a finding from run() without a reason anyone reviews.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);

interface EngIssue {
  id: string;
  file: string;
  location: { line: number; column: number };
  severity: { name: string; value: number };
  confidence: { name: string; value: number };
  description?: string;
}
type Run = (
  options: Record<string, unknown>,
  forCli: boolean,
) => Promise<{ issues: EngIssue[]; errors: { file: string; message: string; tolerable: boolean }[] }>;

let runner: Run | undefined;

/**
 * Loads Electronegativity offline. Its locale loader fetches a translation file from the web on
 * every run (and the security-fixes check fetches Electron's release list): `got`, the HTTP client
 * it uses for both, is replaced by one that fails at once, so nothing leaves this machine and the
 * built-in English texts are used.
 */
function loadRunner(): Run {
  if (runner) return runner;
  const packageDir = path.dirname(require.resolve('@doyensec/electronegativity/package.json'));
  const gotPath = require.resolve('got', { paths: [packageDir] });
  const offline = Object.assign(() => Promise.reject(new Error('offline: no network from tests')), {
    default: () => Promise.reject(new Error('offline: no network from tests')),
  });
  require.cache[gotPath] = { id: gotPath, filename: gotPath, loaded: true, exports: offline } as NodeJS.Module;
  const mod = require('@doyensec/electronegativity') as Run | { default: Run };
  runner = typeof mod === 'function' ? mod : mod.default;
  return runner;
}

export interface GateFinding {
  id: string;
  severity: string;
  file: string;
  line: number;
  justified: boolean;
}

const low = 1;
/** "electronegativity: ID[, ID…] — reason": the check named on the marker's line, then a reason (it may wrap). */
const justification = (id: string) => new RegExp(`electronegativity:[^\\n]*\\b${id}\\b[^\\n]*[—:-]\\s*\\S[\\s\\S]{8,}`);

/** The comment lines right above `line` (1-based), nearest last: the block a justification sits in. */
function commentBlockAbove(lines: string[], line: number): string {
  const block: string[] = [lines[line - 1] ?? ''];
  for (let i = line - 2; i >= 0 && /^\s*(\/\/|\/\*|\*)/.test(lines[i]!); i--) block.unshift(lines[i]!);
  return block.join('\n');
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return name === 'node_modules' ? [] : sourceFiles(file);
    return /\.(ts|tsx|js|cjs|mjs|html)$/.test(name) ? [file] : [];
  });
}

/**
 * Scans `input` (a folder) and returns every finding above LOW, each marked justified or not, plus
 * the files that use eng-disable and the files it could not parse (a file it cannot read is a file
 * it did not check).
 */
export async function electronegativityGate(input: string, electronVersion: string) {
  const run = loadRunner();
  const result = await run(
    {
      input,
      isRelative: false,
      electronVersionOverride: electronVersion,
      excludeFromScan: ['AvailableSecurityFixesGlobalCheck'], // needs the network; Electron is pinned in package.json
      parserPlugins: [],
    },
    false,
  );
  const files = sourceFiles(input);
  const texts = new Map(files.map((f) => [f, readFileSync(f, 'utf8')]));
  const anywhere = [...texts.values()].join('\n');
  const findings: GateFinding[] = result.issues
    .filter((issue) => issue.severity.value > low)
    .map((issue) => {
      const site = issue.location.line > 0 && texts.has(issue.file);
      const scope = site ? commentBlockAbove(texts.get(issue.file)!.split('\n'), issue.location.line) : anywhere;
      return {
        id: issue.id,
        severity: issue.severity.name,
        file: site ? path.relative(input, issue.file) : '(global)',
        line: issue.location.line,
        justified: justification(issue.id).test(scope),
      };
    });
  const suppressed = files.filter((f) => /eng-disable/.test(texts.get(f)!)).map((f) => path.relative(input, f));
  const unparsed = result.errors.filter((e) => !e.tolerable).map((e) => `${e.file}: ${e.message}`);
  return { findings, suppressed, unparsed };
}
