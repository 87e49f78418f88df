// Text that came from outside (a file's contents or name, a command line, a program's output) is
// shown to people in a terminal, a log or the app's banner. A raw newline there splits one message
// into two, a NUL truncates it, and an escape sequence (ESC [ ... or the C1 CSI) can rewrite what
// the terminal shows. Such characters are written as visible escapes instead.

// C0 controls, DEL, C1 controls, line and paragraph separators, bidirectional overrides and
// isolates (they reorder what is shown), and the zero-width no-break space (a stray BOM).
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const unsafe = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;

const named: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** The text on one line, every control or reordering character written as `\n`, `\t` or `\u001b`. */
export function oneLine(text: string): string {
  return text.replace(unsafe, (c) => named[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** `oneLine`, cut to at most `max` characters (an ellipsis marks the cut). */
export function oneLineCut(text: string, max: number): string {
  const line = oneLine(text);
  return line.length <= max ? line : `${line.slice(0, Math.max(0, max - 1))}…`;
}
