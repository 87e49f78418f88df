import type { Message } from '../../../shared/model/reading';
import { round1 } from './format';

/**
 * How long ago, in the unit people use for it: just now, minutes, hours (to a tenth, against an
 * RPO in hours), days beyond two. Units rather than plurals keep the English right for any count.
 */
export function ageMessage(seconds: number): Message {
  if (seconds < 60) return { key: 'ui.age.justNow' };
  if (seconds < 3600) return { key: 'ui.age.minutes', params: { n: Math.floor(seconds / 60) } };
  if (seconds < 48 * 3600) return { key: 'ui.age.hours', params: { n: round1(seconds / 3600) } };
  return { key: 'ui.age.days', params: { n: Math.floor(seconds / 86_400) } };
}

/** How long something took (a drill's restore: the RTO): under a second, seconds, minutes and seconds. */
export function durationMessage(seconds: number): Message {
  if (seconds < 1) return { key: 'ui.duration.underSecond' };
  if (seconds < 60) return { key: 'ui.duration.seconds', params: { n: round1(seconds) } };
  return { key: 'ui.duration.minutes', params: { m: Math.floor(seconds / 60), s: Math.round(seconds % 60) } };
}
