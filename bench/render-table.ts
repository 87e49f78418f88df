// `npm run bench:table`: puts the table of bench/results.json into README.md and
// docs/benchmarks.md between their marker comments (`--print` writes it to stdout instead).
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { formatLikeRepo } from './support/format-like-repo';
import { renderResultsSection, replaceMarkedSection } from './support/results-table';
import { readResults } from './support/write-results';

const repoFile = (name: string): string => fileURLToPath(new URL(`../${name}`, import.meta.url));
const results = readResults(repoFile('bench/results.json'));
const section = renderResultsSection(results);

if (process.argv.includes('--print')) {
  process.stdout.write(`${section}\n`);
} else {
  if (results.machine.quick || results.only.length)
    console.warn(
      'bench/results.json holds a quick or partial run; the table says so, but a full run is the one to commit.',
    );
  for (const name of ['README.md', 'docs/benchmarks.md']) {
    const file = repoFile(name);
    writeFileSync(file, await formatLikeRepo(replaceMarkedSection(readFileSync(file, 'utf8'), section), file));
    process.stdout.write(`updated ${name}\n`);
  }
}
