// Writes bench/results.json whole or not at all: validated, then a temp file renamed over the old
// one, so a crash or Ctrl-C mid-write never leaves a half record for the table script to read.
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { formatLikeRepo } from './format-like-repo';
import { resultsSchema, type Results } from './results-schema';

export async function writeResults(file: string, results: Results): Promise<void> {
  const checked = resultsSchema.parse(results);
  const text = await formatLikeRepo(JSON.stringify(checked), file);
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, text);
  renameSync(temp, file);
}

export function readResults(file: string): Results {
  return resultsSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
}
