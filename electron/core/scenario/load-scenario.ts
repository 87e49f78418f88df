import { scenarioSchema, type Scenario } from './scenario-schema';
import { jsonPath, validatePolicy } from '../../../shared/policy/parse-policy';
import type { Policy } from '../../../shared/policy/policy-schema';
import { parseJsonStrict } from '../../../shared/json/parse-json-strict';
import { decodeUtf8 } from '../../../shared/text/decode-utf8';
import { oneLine, oneLineCut } from '../../../shared/text/one-line';
import { readCappedFile } from '../../util/read-capped-file';

const maxScenarioBytes = 1024 * 1024;

/**
 * A scenario file that cannot be used; the message (one line, for the developer or the harness's
 * log, in English like the scenario files) names the file and what is wrong.
 */
export class ScenarioError extends Error {
  override name = 'ScenarioError';
  constructor(message: string) {
    super(oneLine(message));
  }
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
  const json = parseJsonStrict(text.replace(/^\uFEFF/, ''));
  if (!json.ok && json.problem === 'duplicate-key')
    throw new ScenarioError(
      `${origin}: ${jsonPath(json.path)} is given twice (line ${json.line}, column ${json.column})`,
    );
  if (!json.ok)
    throw new ScenarioError(`${origin}: not valid JSON at line ${json.line}, column ${json.column} (${json.code})`);
  const parsed = scenarioSchema.safeParse(json.value);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 5).map((i) => `${jsonPath(i.path)}: ${oneLineCut(i.message, 200)}`);
    throw new ScenarioError(`${origin}: ${issues.join('; ')}`);
  }
  practicePolicy(parsed.data, origin);
  return parsed.data;
}

/**
 * Reads and validates a scenario file: a regular file of at most 1 MiB in UTF-8 (read through the
 * same bounded reader as the policy: a FIFO or a device is refused, not waited on or read forever).
 */
export async function loadScenarioFile(file: string): Promise<Scenario> {
  const read = await readCappedFile(file, maxScenarioBytes);
  if (!read.ok) {
    const why =
      read.problem === 'not-a-file'
        ? `not a regular file (${read.kind})`
        : read.problem === 'too-large'
          ? `larger than ${read.maxBytes} bytes`
          : read.problem === 'unreadable'
            ? `cannot read (${read.reason})`
            : read.problem === 'not-found'
              ? 'cannot read (ENOENT)'
              : 'cannot read (no permission)';
    throw new ScenarioError(`${file}: ${why}`);
  }
  const text = decodeUtf8(read.bytes);
  if (!text.ok)
    throw new ScenarioError(
      text.problem === 'other-encoding'
        ? `${file}: saved as ${text.encoding}; save it as UTF-8`
        : `${file}: not UTF-8 from line ${text.line}, column ${text.column}`,
    );
  return parseScenarioText(text.text, file);
}
