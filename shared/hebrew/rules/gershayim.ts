// Gershayim: an acronym's `"` between Hebrew letters (יו"ר, צה"ל, רמטכ"לים) becomes ״.
// The curly ” that English smart quotes leave in acronyms is caught too.
import { GERSHAYIM, HEBREW_LETTER, HEBREW_MARKS } from '../letters.js';
import { findAll, type TypographyRule } from './rule.js';

const RE = new RegExp(`(?<=[${HEBREW_LETTER}][${HEBREW_MARKS}]*)["“”](?=[${HEBREW_LETTER}])`, 'g');

export const gershayim: TypographyRule = {
  id: 'gershayim',
  check: (text) => findAll(text, RE, (m) => ({ rule: 'gershayim', from: m.index, to: m.index + 1, replacement: GERSHAYIM })),
};
