// Files the bench tools write (bench/results.json, the tables in README.md and docs/benchmarks.md)
// are checked by `prettier --check .` in `npm run lint`, so they are written already formatted.
import prettier from 'prettier';

export async function formatLikeRepo(text: string, filepath: string): Promise<string> {
  const config = (await prettier.resolveConfig(filepath)) ?? {};
  return prettier.format(text, { ...config, filepath });
}
