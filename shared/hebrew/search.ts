// Hebrew-aware matching for find and replace: niqqud is ignored and final letters match their
// regular forms, so "ירושלים" finds "יְרוּשָׁלַיִם" and "שלום" finds "שלומ…". Matches are mapped back
// to offsets of the original text, niqqud of the last letter included.
import { HEBREW_MARKS } from './letters.js';

const MARK = new RegExp(`[${HEBREW_MARKS}]`);
const FINAL_TO_REGULAR: Record<string, string> = { ך: 'כ', ם: 'מ', ן: 'נ', ף: 'פ', ץ: 'צ' };

export interface Folded {
  text: string;
  /** For each character of `text`, its offset in the original. */
  offsets: number[];
}

/** The text as search compares it: without niqqud, final letters regular, Latin lowercased. */
export function foldForSearch(original: string): Folded {
  let text = '';
  const offsets: number[] = [];
  for (let i = 0; i < original.length; i++) {
    const ch = original[i]!;
    if (MARK.test(ch)) continue;
    text += FINAL_TO_REGULAR[ch] ?? ch.toLowerCase();
    offsets.push(i);
  }
  return { text, offsets };
}

export interface Match {
  from: number;
  to: number;
}

/** Every match of `query` in `text`, as ranges of the original text. */
export function findMatches(text: string, query: string): Match[] {
  const q = foldForSearch(query).text;
  if (!q) return [];
  const folded = foldForSearch(text);
  const out: Match[] = [];
  for (let at = folded.text.indexOf(q); at !== -1; at = folded.text.indexOf(q, at + q.length)) {
    const from = folded.offsets[at]!;
    let to = folded.offsets[at + q.length - 1]! + 1;
    while (to < text.length && MARK.test(text[to]!)) to++;
    out.push({ from, to });
  }
  return out;
}
