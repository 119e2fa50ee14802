// The newsroom's own words (מילון המערכת): names, places, brands and words newer than Hspell's
// spelling (קורונה, סטארטאפ), kept in the repository beside the house style (`dictionary.txt`
// beside `ktav.json`), so they travel with it. One word a line; after it, optionally, a model
// word whose prefixes it takes (`זלנסקי ירושלים`: וזלנסקי, לזלנסקי, but not הזלנסקי). Without a
// model a Hebrew word takes every prefix a noun takes (בקורונה, והקורונה). `#` starts a comment.

import { lookupForm } from './words.js';

export const NEWSROOM_WORDS_FILE = 'dictionary.txt';

/** A noun of the Hebrew dictionary that takes every prefix (ו ה ב כ ל מ ש and their combinations, ה included). */
export const DEFAULT_HEBREW_MODEL = 'מכונה';

export interface NewsroomWord {
  word: string;
  /** The dictionary word whose prefixes it takes; null: the default for its script. */
  model: string | null;
}

const HEBREW = /[\u05D0-\u05EA]/;

/** The entries of a dictionary.txt, normalised as lookups are (ASCII quotes, maqaf, no niqqud), each once. */
export function parseNewsroomWords(text: string): NewsroomWord[] {
  const out = new Map<string, NewsroomWord>();
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/#.*$/, '').trim();
    if (!line) continue;
    const [word, model] = line.split(/\s+/);
    const w = lookupForm(word!);
    if (!out.has(w)) out.set(w, { word: w, model: model ? lookupForm(model) : null });
  }
  return [...out.values()];
}

/** The model a Hunspell `add_with_affix` is given for an entry, or null to add it bare (a Latin word). */
export function modelOf(entry: NewsroomWord): string | null {
  if (entry.model) return entry.model;
  return HEBREW.test(entry.word) ? DEFAULT_HEBREW_MODEL : null;
}

/** `text` with `word` added as its last line (the rest kept as it was), or unchanged when it is already there. */
export function withNewsroomWord(text: string, word: string, model?: string): string {
  const w = lookupForm(word.trim());
  if (!w || /\s/.test(w)) throw new Error('a dictionary entry is one word');
  if (parseNewsroomWords(text).some((e) => e.word === w)) return text;
  const line = model ? `${w} ${lookupForm(model.trim())}` : w;
  return `${text}${text && !text.endsWith('\n') ? '\n' : ''}${line}\n`;
}
