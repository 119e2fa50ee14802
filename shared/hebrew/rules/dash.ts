// Dashes: a range of numbers ("10-16", "2020-2024") and a break in a sentence ("מילה - מילה")
// take an en dash. Phone numbers and dates ("03-1234567", "2024-01-05") are not ranges: a
// range has at most four digits on each side and is not part of a longer chain of hyphens, nor
// of a phone number written with its plus sign ("+1 (555) 010-9999").
import { signedNumbers } from '../../text/isolate.js';
import { EN_DASH } from '../letters.js';
import { findAll, type TypographyRule } from './rule.js';

const RANGE = /(?<![\d-])\d{1,4}(-)\d{1,4}(?![\d-])/g;
const BREAK = /(?<=\S) (--?) (?=\S)/g;

export const dash: TypographyRule = {
  id: 'dash',
  check: (text) => {
    const phones = signedNumbers(text);
    return [
      ...findAll(text, RANGE, (m) => {
        const at = m.index + m[0].indexOf('-');
        if (phones.some((r) => r.from <= at && at < r.to)) return null;
        return { rule: 'dash', from: at, to: at + 1, replacement: EN_DASH };
      }),
      ...findAll(text, BREAK, (m) => ({ rule: 'dash', from: m.index + 1, to: m.index + 1 + m[1]!.length, replacement: EN_DASH })),
    ];
  },
};
