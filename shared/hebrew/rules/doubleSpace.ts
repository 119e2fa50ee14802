// Two or more spaces in a row inside a line become one (the browser types the second as a
// non-breaking space, so that counts too).
import { findAll, type TypographyRule } from './rule.js';

const RE = /(?<=\S)[ \u00A0]{2,}(?=\S)/g;

export const doubleSpace: TypographyRule = {
  id: 'double-space',
  check: (text) => findAll(text, RE, (m) => ({ rule: 'double-space', from: m.index, to: m.index + m[0].length, replacement: ' ' })),
};
