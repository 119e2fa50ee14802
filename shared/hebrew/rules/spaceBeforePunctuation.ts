// No space before , . : ; ? ! — "תושבים , עסקים" becomes "תושבים, עסקים". A mark followed by a
// digit or a letter (".5", ":)") is not sentence punctuation and is left alone, as is a mark
// that opens a line.
import { findAll, type TypographyRule } from './rule.js';

const RE = /(?<=[^\s])([ \u00A0]+)[,.:;?!](?![\p{L}\p{N}()])/gu;

export const spaceBeforePunctuation: TypographyRule = {
  id: 'space-before-punctuation',
  check: (text) =>
    findAll(text, RE, (m) => ({ rule: 'space-before-punctuation', from: m.index, to: m.index + m[1]!.length, replacement: '' })),
};
