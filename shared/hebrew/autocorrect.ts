// The safe typography fixes, made while typing: given the text before the caret, the text typed
// and the text after the caret, what to replace. Only fixes that cannot be wrong in context run
// here; everything else waits as a finding for a person to accept.
// English smart-quote rules never run: they would turn יו"ר into יו”ר.
import type { HouseStyle } from './houseStyle.js';
import { EN_DASH, GERESH, GERSHAYIM, HEBREW_LETTER, HEBREW_MARKS, MAQAF, isHebrewLetter } from './letters.js';

export interface Autocorrection {
  /** How many characters before the caret to replace (they are part of the fix). */
  deleteBefore: number;
  /** What to insert instead of those characters and the typed text. */
  insert: string;
  /** The rule the fix belongs to. */
  rule: 'gershayim' | 'geresh' | 'maqaf' | 'dash';
}

const ENDS_WITH_LETTER = new RegExp(`[${HEBREW_LETTER}][${HEBREW_MARKS}]*$`);
const ENDS_WITH_ACRONYM_QUOTE = new RegExp(`[${HEBREW_LETTER}][${HEBREW_MARKS}]*["”]$`);
const ENDS_WITH_PREFIX_HYPHEN = /(?:^|[\s(])[ובהכלמש]{1,3}-$/;
const ENDS_WITH_SPACED_HYPHEN = /\S -$/;

export function autocorrect(before: string, typed: string, after: string, style: HouseStyle): Autocorrection | null {
  if (!style.autocorrect || typed.length !== 1) return null;
  const on = (rule: Autocorrection['rule']) => style.rules[rule] !== 'off';

  // `"` typed between two Hebrew letters (the caret was inside a word): gershayim at once.
  if (typed === '"' && on('gershayim') && ENDS_WITH_LETTER.test(before) && isHebrewLetter(after[0])) {
    return { deleteBefore: 0, insert: GERSHAYIM, rule: 'gershayim' };
  }
  // A Hebrew letter typed after `letter"`: the quote was an acronym's, so it becomes gershayim.
  if (isHebrewLetter(typed) && on('gershayim') && ENDS_WITH_ACRONYM_QUOTE.test(before)) {
    return { deleteBefore: 1, insert: GERSHAYIM + typed, rule: 'gershayim' };
  }
  // An apostrophe after a Hebrew letter is a geresh, unless the word opened with an apostrophe.
  if ((typed === "'" || typed === '’') && on('geresh') && ENDS_WITH_LETTER.test(before)) {
    const word = /[^\s([{"״“„]*$/.exec(before)![0];
    if (!/^['‘’]/.test(word)) return { deleteBefore: 0, insert: GERESH, rule: 'geresh' };
  }
  // "ב-" followed by a digit or a Latin letter: the house style's joiner.
  if (/[0-9A-Za-z]/.test(typed) && on('maqaf') && style.joiner === 'maqaf' && ENDS_WITH_PREFIX_HYPHEN.test(before)) {
    return { deleteBefore: 1, insert: MAQAF + typed, rule: 'maqaf' };
  }
  // "מילה - " : a hyphen between spaces is a dash.
  if (typed === ' ' && on('dash') && ENDS_WITH_SPACED_HYPHEN.test(before)) {
    return { deleteBefore: 1, insert: `${EN_DASH} `, rule: 'dash' };
  }
  return null;
}
