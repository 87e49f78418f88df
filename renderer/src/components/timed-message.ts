import type { Message } from '../../../shared/model/reading';
import type { Translator } from '../../../shared/i18n/translator';
import { localTime } from './format';

/**
 * A catalog message some of whose parameters the view renders itself, so models stay pure and
 * language-free: `times` are instants (ISO UTC) shown in the reader's local time, `parts` are
 * messages of their own (a size, the core's sentence) rendered in the reader's language.
 */
export interface TimedMessage extends Message {
  times?: Record<string, string>;
  parts?: Record<string, Message>;
}

/** Renders a timed message: its instants in local time and its parts translated, beside the plain params. */
export function renderTimed(t: Translator, message: TimedMessage, now: Date = new Date()): string {
  const times = Object.entries(message.times ?? {}).map(([k, iso]) => [k, localTime(iso, t, now)]);
  const parts = Object.entries(message.parts ?? {}).map(([k, m]) => [k, t.render(m)]);
  return t.render({
    key: message.key,
    params: { ...message.params, ...Object.fromEntries(times), ...Object.fromEntries(parts) },
  });
}
