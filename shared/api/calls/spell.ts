// Calls of the editor's spell checking: which of a batch of words are misspelled, suggestions for
// one word (asked on demand; a newer request supersedes one still waiting), and adding a word to
// the newsroom's dictionary (<repo>/dictionary.txt). The words to ignore in one article are its
// metadata (`spellingIgnored`, set with `article.setMeta`), so they travel with the article.
import { z } from 'zod';
import { call, noArgs } from '../define.js';

/** A word as the dictionary is asked (shared/spelling/words.ts: no niqqud, ASCII quotes). */
const key = z.string().min(1).max(100);
const lang = z.enum(['he', 'en']);
/** One word of a dictionary entry: no spaces. */
const entry = z.string().trim().min(1).max(100).regex(/^\S+$/, 'one word, without spaces');

/** Most lookups in one `spell.check` (a 30,000-word article has a few thousand distinct words; the editor sends them in batches). */
export const MAX_SPELL_LOOKUPS = 5000;

export const spellCalls = {
  /** The indices of the lookups that are misspelled (each verdict cached in main per word). */
  'spell.check': call<number[]>()(z.object({ lookups: z.array(z.object({ key, lang }).strict()).max(MAX_SPELL_LOOKUPS) }).strict()),
  /**
   * The dictionary's first suggestions for one word (up to half a second each), in the house
   * style's gershayim and geresh; null when a newer `spell.suggest` (or `spell.cancelSuggest`)
   * came before this one had started.
   */
  'spell.suggest': call<string[] | null>()(z.object({ key, lang, limit: z.number().int().min(1).max(10).optional() }).strict()),
  /** Drops the suggestion request still waiting, if any (the menu that asked was closed). */
  'spell.cancelSuggest': call<null>()(noArgs),
  /** Adds a word to the newsroom's dictionary with the prefixes `model` takes (a noun's by default); `added` is false when it was there. */
  'spell.addWord': call<{ added: boolean }>()(z.object({ word: entry, model: entry.optional() }).strict()),
} as const;
