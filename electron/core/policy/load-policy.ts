import { readFile } from 'node:fs/promises';
import { parsePolicyText } from '../../../shared/policy/parse-policy';
import { defaultPolicy, type Policy } from '../../../shared/policy/policy-schema';
import type { PolicyStatus } from '../../../shared/policy/policy-status';
import { locatePolicy } from './locate-policy';
import type { Message } from '../../../shared/model/reading';
import { errorMessage } from '../../../shared/error-message';

export interface LoadedPolicy {
  /** The policy in force: the file's when it is valid, built-in defaults otherwise. */
  policy: Policy;
  status: PolicyStatus;
}

/** A policy file larger than this is not a policy file; refuse it rather than parse megabytes. */
const maxPolicyBytes = 1024 * 1024;

/** Finds, reads and validates the policy; never throws: a bad file yields defaults plus issues. */
export async function loadPolicy(options: {
  cliPath?: string;
  env: NodeJS.ProcessEnv;
  platform: NodeJS.Platform;
}): Promise<LoadedPolicy> {
  const location = locatePolicy(options.cliPath, options.env, options.platform);
  let text: string;
  try {
    const buffer = await readFile(location.path);
    if (buffer.length > maxPolicyBytes) throw new Error(`file is larger than ${maxPolicyBytes} bytes`);
    text = buffer.toString('utf8');
  } catch (error) {
    if (location.source === 'machine' && (error as NodeJS.ErrnoException).code === 'ENOENT') {
      return { policy: defaultPolicy(), status: { source: 'default', issues: [] } };
    }
    return {
      policy: defaultPolicy(),
      status: { ...location, issues: [{ path: '$', message: unreadableMessage(error) }] },
    };
  }
  const parsed = parsePolicyText(text);
  return parsed.ok
    ? { policy: parsed.policy, status: { ...location, issues: [] } }
    : { policy: defaultPolicy(), status: { ...location, issues: parsed.issues } };
}

function unreadableMessage(error: unknown): Message {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return { key: 'policy.issue.notFound' };
  if (code === 'EACCES' || code === 'EPERM') return { key: 'policy.issue.noPermission' };
  return {
    key: 'policy.issue.unreadable',
    params: { reason: code ?? errorMessage(error) },
  };
}
