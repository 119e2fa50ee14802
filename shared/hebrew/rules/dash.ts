// Dashes: a range of numbers ("10-16", "2020-2024") and a break in a sentence ("מילה - מילה")
// take an en dash. Phone numbers and dates ("03-1234567", "2024-01-05") are not ranges: a
// range has at most four digits on each side and is not part of a longer chain of hyphens.
import { EN_DASH } from '../letters.js';
import { findAll, type TypographyRule } from './rule.js';

const RANGE = /(?<![\d-])\d{1,4}(-)\d{1,4}(?![\d-])/g;
const BREAK = /(?<=\S) (--?) (?=\S)/g;

export const dash: TypographyRule = {
  id: 'dash',
  check: (text) => [
    ...findAll(text, RANGE, (m) => {
      const at = m.index + m[0].indexOf('-');
      return { rule: 'dash', from: at, to: at + 1, replacement: EN_DASH };
    }),
    ...findAll(text, BREAK, (m) => ({ rule: 'dash', from: m.index + 1, to: m.index + 1 + m[1]!.length, replacement: EN_DASH })),
  ],
};
