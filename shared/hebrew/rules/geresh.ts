// Geresh: an apostrophe right after a Hebrew letter (מס', עמ', ג'ירפה) becomes ׳. An apostrophe
// that closes a word opened with one ('שלום') is a quotation mark and is left alone.
import { GERESH, HEBREW_LETTER, HEBREW_MARKS } from '../letters.js';
import { findAll, type TypographyRule } from './rule.js';

const RE = new RegExp(`(?<=[${HEBREW_LETTER}][${HEBREW_MARKS}]*)['’]`, 'g');
const WORD_START = /[^\s([{"״“„]*$/;

export const geresh: TypographyRule = {
  id: 'geresh',
  check: (text) =>
    findAll(text, RE, (m) => {
      const word = WORD_START.exec(text.slice(0, m.index))![0];
      if (/^['‘’]/.test(word)) return null; // the closing half of a single-quoted word
      return { rule: 'geresh', from: m.index, to: m.index + 1, replacement: GERESH };
    }),
};
