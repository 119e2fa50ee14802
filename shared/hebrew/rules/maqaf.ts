// Maqaf: a prefix letter (ב ה ו כ ל מ ש, up to three) joined to a number, a Latin word or a
// quotation by a hyphen — "ב-2024", "ה-DNA" — takes the Hebrew maqaf (־). Sites that keep the
// hyphen set the house style's joiner to `hyphen`, and then a maqaf in that place is the finding.
import { MAQAF } from '../letters.js';
import { findAll, type TypographyRule } from './rule.js';

const PREFIX = '(?<=(?:^|[\\s(\\["״“]))[ובהכלמש]{1,3}';
const AFTER = '(?=[0-9A-Za-z"״“])';
const WITH_HYPHEN = new RegExp(`${PREFIX}(-)${AFTER}`, 'g');
const WITH_MAQAF = new RegExp(`${PREFIX}(${MAQAF})${AFTER}`, 'g');

export const maqaf: TypographyRule = {
  id: 'maqaf',
  check: (text, style) => {
    const wanted = style.joiner === 'maqaf' ? MAQAF : '-';
    return findAll(text, style.joiner === 'maqaf' ? WITH_HYPHEN : WITH_MAQAF, (m) => {
      const at = m.index + m[0].length - 1;
      return { rule: 'maqaf', from: at, to: at + 1, replacement: wanted };
    });
  },
};
