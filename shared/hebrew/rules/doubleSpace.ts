// Two or more spaces in a row inside a line become one.
import { findAll, type TypographyRule } from './rule.js';

const RE = /(?<=\S) {2,}(?=\S)/g;

export const doubleSpace: TypographyRule = {
  id: 'double-space',
  check: (text) => findAll(text, RE, (m) => ({ rule: 'double-space', from: m.index, to: m.index + m[0].length, replacement: ' ' })),
};
