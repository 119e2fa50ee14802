// A compound broken by a space on one side of its hyphen: "בין- לאומי", "רב -תחומית". The fix
// joins the two halves with the house style's joiner. A hyphen with spaces on both sides is a
// dash (see dash.ts), not a compound.
import { HEBREW_LETTER, MAQAF } from '../letters.js';
import { findAll, type TypographyRule } from './rule.js';

const RE = new RegExp(`(?<=[${HEBREW_LETTER}])(?:[-${MAQAF}] +| +[-${MAQAF}])(?=[${HEBREW_LETTER}])`, 'g');

export const brokenCompound: TypographyRule = {
  id: 'broken-compound',
  check: (text, style) =>
    findAll(text, RE, (m) => ({
      rule: 'broken-compound',
      from: m.index,
      to: m.index + m[0].length,
      replacement: style.joiner === 'maqaf' ? MAQAF : '-',
    })),
};
