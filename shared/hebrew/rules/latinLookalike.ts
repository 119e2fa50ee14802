// Latin letters inside a Hebrew word: "שלoם" with a Latin o for ס, or a word half typed in the
// wrong keyboard layout. Only look-alikes have an automatic fix; other mixed words are flagged
// for a person. A maqaf, geresh or hyphen separates words, so "ה־DNA" is not mixed.
import { HEBREW_LETTER, HEBREW_MARKS } from '../letters.js';
import { findAll, type TypographyRule } from './rule.js';

const WORD = new RegExp(`[${HEBREW_LETTER}${HEBREW_MARKS}A-Za-z]+`, 'g');
const HAS_HEBREW = new RegExp(`[${HEBREW_LETTER}]`);
const HAS_LATIN = /[A-Za-z]/;
const LOOKALIKE: Record<string, string> = { o: 'ס', O: 'ס', l: 'ו', I: 'ו' };

export const latinLookalike: TypographyRule = {
  id: 'latin-lookalike',
  check: (text) =>
    findAll(text, WORD, (m) => {
      const word = m[0];
      if (!HAS_HEBREW.test(word) || !HAS_LATIN.test(word)) return null;
      const fixed = word.replace(/[A-Za-z]/g, (ch) => LOOKALIKE[ch] ?? ch);
      return { rule: 'latin-lookalike', from: m.index, to: m.index + word.length, replacement: HAS_LATIN.test(fixed) ? null : fixed };
    }),
};
