// `npm run bench [-- --quick] [NAME...]`: runs every bench/*.bench.ts (or those whose file name
// contains a NAME) in its own process, one at a time so they do not disturb each other's timings,
// and merges the figures they print into bench/results.json. Targets are reported, not asserted;
// the run fails only if a bench crashes or prints a malformed figure.
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { quickModeEnv } from './support/bench-mode';
import { describeMachine } from './support/machine';
import { assembleResults, benchNameOf, parseBenchOutput, type BenchRunOutput } from './support/merge-results';
import { writeResults } from './support/write-results';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const resultsFile = fileURLToPath(new URL('results.json', import.meta.url));

const args = process.argv.slice(2);
const unknownFlags = args.filter((a) => a.startsWith('-') && a !== '--quick');
if (unknownFlags.length) {
  console.error(`unknown option ${unknownFlags.join(' ')}; usage: npm run bench [-- --quick] [NAME...]`);
  process.exit(2);
}
const quick = args.includes('--quick');
const only = args.filter((a) => !a.startsWith('-'));
const files = readdirSync(new URL('.', import.meta.url))
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();
if (files.length === 0) {
  console.error(`no bench/*.bench.ts matches ${only.join(', ')}`);
  process.exit(2);
}

/** Runs one bench, passing its output through live while keeping stdout for the record. */
function runBench(file: string): Promise<{ exitCode: number | null; stdout: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', `bench/${file}`], {
      cwd: repoRoot,
      stdio: ['ignore', 'pipe', 'inherit'],
      env: { ...process.env, [quickModeEnv]: quick ? '1' : '0' },
    });
    let stdout = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      stdout += chunk;
      process.stdout.write(chunk);
    });
    child.on('close', (exitCode) => resolve({ exitCode, stdout }));
  });
}

const startedAt = new Date();
const machine = describeMachine({ quick, repoRoot, startedAt });
const runs: BenchRunOutput[] = [];
for (const file of files) {
  process.stdout.write(`\n== ${file}${quick ? ' (quick)' : ''}\n`);
  const t0 = performance.now();
  const { exitCode, stdout } = await runBench(file);
  const output = parseBenchOutput(stdout);
  for (const line of output.invalid) console.error(`${file}: malformed BENCH line: ${line}`);
  const seconds = Math.round((performance.now() - t0) / 100) / 10;
  runs.push({ name: benchNameOf(file), ok: exitCode === 0 && output.invalid.length === 0, exitCode, seconds, output });
}

const results = assembleResults({
  machine,
  only,
  seconds: Math.round((Date.now() - startedAt.getTime()) / 100) / 10,
  runs,
});
await writeResults(resultsFile, results);

const withTarget = results.figures.filter((f) => f.met !== null);
const missed = withTarget.filter((f) => f.met === false);
process.stdout.write(
  `\n${results.figures.length} figures in ${results.seconds} s${quick ? ' (quick)' : ''}; ` +
    `${withTarget.length - missed.length} of ${withTarget.length} targets met` +
    `${missed.length ? `; MISSED: ${missed.map((f) => f.id).join(', ')}` : ''}. Written to bench/results.json.\n`,
);
for (const m of results.missing)
  process.stdout.write(`NOT MEASURED AS INTENDED (${m.bench}): ${m.component}. Install: ${m.install}\n`);
const failed = results.benches.filter((b) => !b.ok);
for (const b of failed) console.error(`FAILED: ${b.name} (exit ${b.exitCode ?? 'signal'})`);
process.exit(failed.length ? 1 : 0);
