import { describe, expect, it } from 'vitest';
import { languages, messagesFor } from '../../../shared/i18n/catalog';
import { createTranslator } from '../../../shared/i18n/translator';
import { formatMessage } from '../../../shared/i18n/format-message';
import { messageTranslator } from '../../../shared/i18n/message-translator';
import { rendererMessagesFor } from '../../../renderer/src/i18n/renderer-catalogs';

const placeholders = (text: string): string[] => [...text.matchAll(/{{\s*(\w+)\s*}}/g)].map((m) => m[1]!);

/** Every parameter set worth rendering a template with: each nesting parameter over the keys it can name. */
function paramSets(messages: Record<string, string>, template: string): Record<string, string | number>[] {
  const names = [...new Set(placeholders(template))];
  const base = Object.fromEntries(names.map((n, i) => [n, i % 2 ? i * 7 : `<${n}>`]));
  const sets: Record<string, string | number>[] = [base, {}];
  for (const [, prefix, name] of template.matchAll(/\$t\(([\w.-]+\.){{(\w+)}}\)/g)) {
    const options = Object.keys(messages)
      .filter((k) => k.startsWith(prefix!))
      .map((k) => k.slice(prefix!.length));
    for (const option of [...options, 'no-such-key']) sets.push({ ...base, [name!]: option });
  }
  return sets;
}

describe('rendering a catalog key without i18next', () => {
  it('gives exactly what i18next gives, for every key of every catalog in both languages', () => {
    let compared = 0;
    for (const language of languages) {
      const messages = { ...messagesFor(language), ...rendererMessagesFor(language) };
      const i18next = createTranslator(language);
      const ours = messageTranslator(language, messages);
      const shared = messagesFor(language);
      for (const [key, template] of Object.entries(shared)) {
        for (const params of paramSets(shared, template)) {
          expect(ours.t(key, params), `${language} ${key} ${JSON.stringify(params)}`).toBe(i18next.t(key, params));
          compared++;
        }
      }
    }
    expect(compared).toBeGreaterThan(1000);
  });

  it('leaves what a parameter brings as it is: no nesting, no second interpolation', () => {
    const messages = { a: 'x {{v}} y', b: 'nested' };
    expect(formatMessage(messages, 'a', { v: '$t(b)' })).toBe('x $t(b) y');
    expect(formatMessage(messages, 'a', { v: '{{v}}' })).toBe('x {{v}} y');
  });

  it('renders a missing key as the key and a missing parameter as its placeholder', () => {
    expect(formatMessage({ a: 'x {{v}}' }, 'gone')).toBe('gone');
    expect(formatMessage({ a: 'x {{v}}' }, 'a')).toBe('x {{v}}');
    expect(formatMessage({ a: 'n {{n}} b {{b}}' }, 'a', { n: 0, b: false })).toBe('n 0 b false');
  });

  it('does not loop on a key that nests itself', () => {
    expect(formatMessage({ a: 'x $t(a)' }, 'a')).toBe('x ');
  });

  it('knows which keys it has', () => {
    const t = messageTranslator('en', { a: 'A' });
    expect(t.has('a')).toBe(true);
    expect(t.has('toString')).toBe(false);
    expect(t.t('toString')).toBe('toString');
  });
});
