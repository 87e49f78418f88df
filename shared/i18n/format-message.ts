import type { Message } from '../model/reading';

/** One language's strings by key. */
export type Messages = Readonly<Record<string, string>>;

const variable = /{{(.+?)}}/g;
const nested = /\$t\(([^()]*?)\)/g;
const countNested = (text: string): number => text.match(nested)?.length ?? 0;

/**
 * Renders one catalog key the way i18next does with our settings (no escaping, `{{name}}`
 * parameters, `$t(key)` nesting with the same parameters), without i18next: the window loads one
 * language at a time and keeps its first screen small. A missing key renders as the key, a missing
 * parameter stays as `{{name}}`; parameters are never read as nesting. test/shared/i18n/
 * format-message.test.ts renders every catalog key both ways and requires the same text.
 */
export function formatMessage(messages: Messages, key: string, params: Message['params'] = {}, depth = 0): string {
  const template = Object.hasOwn(messages, key) ? messages[key] : undefined;
  if (template === undefined) return key;
  const before = countNested(template);
  const text = template.replace(variable, (whole: string, name: string) => {
    const value = params[name.trim()];
    return value === undefined ? whole : String(value);
  });
  // A parameter that brought a `$t(` of its own switches nesting off, as i18next does.
  if (countNested(text) > before || depth > 4) return text;
  return text.replace(nested, (_whole: string, inner: string) => {
    const nestedKey = inner.trim();
    return nestedKey === key ? '' : formatMessage(messages, nestedKey, params, depth + 1);
  });
}
