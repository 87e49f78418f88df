import { parsePolicyBytes } from '../../../shared/policy/parse-policy';
import { defaultPolicy, type Policy } from '../../../shared/policy/policy-schema';
import type { PolicyStatus } from '../../../shared/policy/policy-status';
import { locatePolicy } from './locate-policy';
import type { Message } from '../../../shared/model/reading';
import { readCappedFile, type CappedRead } from '../../util/read-capped-file';

export interface LoadedPolicy {
  /** The policy in force: the file's when it is valid, built-in defaults otherwise. */
  policy: Policy;
  status: PolicyStatus;
}

/** A policy file larger than this is not a policy file; refuse it rather than parse megabytes. */
export const maxPolicyBytes = 1024 * 1024;

/** Finds, reads and validates the policy; never throws: a bad file yields defaults plus issues. */
export async function loadPolicy(options: {
  cliPath?: string;
  env: NodeJS.ProcessEnv;
  platform: NodeJS.Platform;
}): Promise<LoadedPolicy> {
  const location = locatePolicy(options.cliPath, options.env, options.platform);
  const read = await readCappedFile(location.path, maxPolicyBytes);
  if (!read.ok) {
    if (location.source === 'machine' && read.problem === 'not-found') {
      return { policy: defaultPolicy(), status: { source: 'default', issues: [] } };
    }
    return {
      policy: defaultPolicy(),
      status: { ...location, issues: [{ path: '$', message: unreadableMessage(read) }] },
    };
  }
  const parsed = parsePolicyBytes(read.bytes);
  return parsed.ok
    ? { policy: parsed.policy, status: { ...location, issues: [] } }
    : { policy: defaultPolicy(), status: { ...location, issues: parsed.issues } };
}

/** Why a policy file could not be read, as the catalog says it. */
export function unreadableMessage(read: Exclude<CappedRead, { ok: true }>): Message {
  switch (read.problem) {
    case 'not-found':
      return { key: 'policy.issue.notFound' };
    case 'no-permission':
      return { key: 'policy.issue.noPermission' };
    case 'not-a-file':
      return { key: 'policy.issue.notAFile', params: { kindKey: `policy.fileKind.${read.kind}` } };
    case 'too-large':
      return { key: 'policy.issue.tooLarge', params: { maximum: read.maxBytes } };
    case 'unreadable':
      return { key: 'policy.issue.unreadable', params: { reason: read.reason } };
  }
}
