// Handlers of the spelling calls: thin, the spelling service (and its worker) does the work.
import type { Services } from '../../services/services.js';
import type { HandlersOf } from '../dispatcher.js';
import type { spellCalls } from '../../../shared/api/calls/spell.js';

export function spellHandlers(services: Services): HandlersOf<typeof spellCalls> {
  const { spelling } = services;
  return {
    'spell.check': async ({ lookups }) => {
      const verdicts = await spelling.check(lookups);
      const misspelled: number[] = [];
      verdicts.forEach((ok, i) => {
        if (!ok) misspelled.push(i);
      });
      return misspelled;
    },
    'spell.suggest': ({ key, lang, limit }) => spelling.suggestLatest(key, lang, limit ?? 5),
    'spell.cancelSuggest': () => {
      spelling.cancelSuggestion();
      return null;
    },
    'spell.addWord': async ({ word, model }) => ({ added: await spelling.addWord(word, model) }),
  };
}
