// Quotation marks around Hebrew: curly Latin quotes (“ ” „) next to Hebrew letters are replaced
// by the house style's mark, ASCII " or gershayim ״. A " inside an acronym is the gershayim
// rule's business and is skipped here.
import { GERSHAYIM, HEBREW_LETTER, HEBREW_MARKS } from '../letters.js';
import { findAll, type TypographyRule } from './rule.js';

const HEB = new RegExp(`[${HEBREW_LETTER}${HEBREW_MARKS}]`);
const CURLY = /[“”„]/g;
const STRAIGHT = /"/g;
const NEUTRAL = /[\s.,;:!?()[\]\-–]/;

/** The nearest character on one side that is not punctuation or space. */
function neighbour(text: string, at: number, step: 1 | -1): string | undefined {
  for (let i = at + step; i >= 0 && i < text.length; i += step) if (!NEUTRAL.test(text[i]!)) return text[i];
  return undefined;
}

export const quotes: TypographyRule = {
  id: 'quotes',
  check: (text, style) => {
    const wanted = style.quotes === 'gershayim' ? GERSHAYIM : '"';
    const re = style.quotes === 'gershayim' ? new RegExp(`${CURLY.source}|${STRAIGHT.source}`, 'g') : CURLY;
    return findAll(text, re, (m) => {
      const before = text[m.index - 1];
      const after = text[m.index + 1];
      if (before !== undefined && after !== undefined && HEB.test(before) && HEB.test(after)) return null; // an acronym
      const hebrewAround = HEB.test(neighbour(text, m.index, -1) ?? '') || HEB.test(neighbour(text, m.index, 1) ?? '');
      return hebrewAround ? { rule: 'quotes', from: m.index, to: m.index + 1, replacement: wanted } : null;
    });
  },
};
