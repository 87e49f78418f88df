import { readFile } from 'node:fs/promises';
import { scenarioSchema, type Scenario } from './scenario-schema';
import { jsonPath, validatePolicy } from '../../../shared/policy/parse-policy';
import type { Policy } from '../../../shared/policy/policy-schema';
import { errorMessage } from '../../../shared/error-message';

const maxScenarioBytes = 1024 * 1024;

/** A scenario file that cannot be used; the message names the file and what is wrong. */
export class ScenarioError extends Error {
  override name = 'ScenarioError';
}

/** The policy a scenario plays under: its `policy` over the built-in defaults; throws ScenarioError naming each bad path. */
export function practicePolicy(scenario: Pick<Scenario, 'policy'>, origin = 'scenario'): Policy {
  const parsed = validatePolicy(scenario.policy);
  if (parsed.ok) return parsed.policy;
  const issues = parsed.issues.slice(0, 5).map((i) => `$.policy${i.path.slice(1)}: ${i.message.key}`);
  throw new ScenarioError(`${origin}: ${issues.join('; ')}`);
}

/** Parses scenario text; throws ScenarioError naming each bad JSON path. */
export function parseScenarioText(text: string, origin = 'scenario'): Scenario {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new ScenarioError(`${origin}: not valid JSON (${errorMessage(error)})`);
  }
  const parsed = scenarioSchema.safeParse(json);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 5).map((i) => `${jsonPath(i.path)}: ${i.message}`);
    throw new ScenarioError(`${origin}: ${issues.join('; ')}`);
  }
  practicePolicy(parsed.data, origin);
  return parsed.data;
}

/** Reads and validates a scenario file (at most 1 MiB). */
export async function loadScenarioFile(file: string): Promise<Scenario> {
  let buffer: Buffer;
  try {
    buffer = await readFile(file);
  } catch (error) {
    throw new ScenarioError(`${file}: cannot read (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  if (buffer.length > maxScenarioBytes) throw new ScenarioError(`${file}: larger than ${maxScenarioBytes} bytes`);
  return parseScenarioText(buffer.toString('utf8'), file);
}
