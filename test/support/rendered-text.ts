import type { Snapshot } from '../../shared/model/snapshot';
import type { Message } from '../../shared/model/reading';
import { languages, messagesFor } from '../../shared/i18n/catalog';
import { createTranslator } from '../../shared/i18n/translator';
import { checkDisplayName } from '../../shared/i18n/check-name';

/**
 * Everything a person would read of a snapshot (check names, summaries, fault titles), rendered in
 * every language; returns what is wrong with it: a key the language's own catalog lacks (i18next
 * would silently fall back to English), or a `{{parameter}}` left unrendered.
 */
export function textProblems(snapshot: Snapshot): string[] {
  const problems: string[] = [];
  for (const language of languages) {
    const messages = messagesFor(language);
    const t = createTranslator(language);
    const see = (what: string, message: Message): void => {
      if (messages[message.key] === undefined) problems.push(`${language}: ${what}: no text for ${message.key}`);
      const text = t.render(message);
      if (/\{\{|\}\}/.test(text)) problems.push(`${language}: ${what}: unrendered "${text}"`);
    };
    for (const c of snapshot.checks) {
      see(`check ${c.id} summary`, c.summary);
      if (checkDisplayName(c.id, t, c.details) === c.id)
        problems.push(`${language}: check ${c.id} has no display name`);
    }
    for (const f of snapshot.faults) see(`fault ${f.id}`, { key: `fault.${f.id}.title` });
  }
  return problems;
}
