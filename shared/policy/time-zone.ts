import { z } from 'zod';

/** True for an IANA time zone name this runtime knows (Asia/Shanghai, Etc/UTC...). */
export function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

/** A time zone setting: checked here so a typo is a policy error, not a wrong answer later. */
export const timeZoneSchema = z.string().max(64).refine(isTimeZone, 'policy.rule.timeZone');
