// `npm run dev:web -- [--port N] [--policy FILE] [--simulate FILE]`: the browser harness.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { spawnCore } from '../host/spawn-core';
import { startDevWebServer } from './dev-web-server';
import { loadScenarioFile } from '../core/scenario/load-scenario';
import { errorMessage } from '../../shared/error-message';
import { oneLine } from '../../shared/text/one-line';

async function main(): Promise<void> {
  const { values } = parseArgs({
    args: process.argv.slice(2),
    options: { port: { type: 'string', default: '0' }, policy: { type: 'string' }, simulate: { type: 'string' } },
    strict: true,
  });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65_535)
    throw new Error(`--port must be 0..65535, not "${values.port}"`);
  const policyArgs = values.policy ? ['--policy', path.resolve(values.policy)] : [];
  // A bad scenario file stops the harness here with its reason, instead of a core crash-looping.
  const initialScenario = values.simulate ? await loadInitialScenario(path.resolve(values.simulate)) : undefined;
  const server = await startDevWebServer({
    port,
    rendererDir: path.join(__dirname, 'renderer'),
    scenarioDir: path.join(__dirname, '..', 'scenarios'),
    initialScenario,
    startCore: (practiceArgs) => spawnCore(['--resident', ...policyArgs, ...practiceArgs]),
    log: (line) => void process.stderr.write(`dev:web: ${oneLine(line)}\n`),
  });
  // The e2e tests read this line to find the page.
  process.stdout.write(`InvoiceGuard dev:web ready: ${server.url}\n`);
  const shutdown = (): void => void server.close().finally(() => process.exit(0));
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}

async function loadInitialScenario(file: string) {
  const scenario = await loadScenarioFile(file);
  return { id: scenario.id, titleKey: scenario.titleKey, file };
}

main().catch((error: unknown) => {
  process.stderr.write(`dev:web: ${oneLine(errorMessage(error))}\n`);
  process.exit(3);
});
