// A few words around the first match, with the matching words marked, for a result line.
import type { SnippetPart } from '../../../shared/model/search.js';
import { indexForms } from './hebrewTerms.js';

const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}"'\u05F3\u05F4]*/gu;

/** The first of `texts` with a word whose index forms matched, cut to about `radius` words each side. */
export function snippet(texts: readonly string[], matchedTerms: readonly string[], radius = 8): SnippetPart[] {
  const terms = new Set(matchedTerms);
  const isHit = (word: string) => indexForms(word.replace(/["'\u05F3\u05F4]+$/u, '')).some((f) => terms.has(f));
  for (const text of texts) {
    // Words are read only as far as the snippet needs (one past its end, to know whether to
    // add "…"): a common word is usually found in the first lines of a 2,000-word body.
    const words: RegExpExecArray[] = [];
    let first = -1;
    for (const w of text.matchAll(WORD)) {
      words.push(w);
      if (first < 0 && isHit(w[0])) first = words.length - 1;
      if (first >= 0 && words.length > first + radius * 2 + 1) break;
    }
    if (first < 0) continue;
    const from = Math.max(0, first - radius);
    const to = Math.min(words.length - 1, first + radius * 2);
    const start = words[from]!.index!;
    const end = words[to]!.index! + words[to]![0].length;
    const parts: SnippetPart[] = [];
    if (from > 0) parts.push({ text: '… ', hit: false });
    let at = start;
    for (let i = from; i <= to; i++) {
      const w = words[i]!;
      if (!isHit(w[0])) continue;
      if (w.index! > at) parts.push({ text: text.slice(at, w.index!), hit: false });
      parts.push({ text: w[0], hit: true });
      at = w.index! + w[0].length;
    }
    if (end > at) parts.push({ text: text.slice(at, end), hit: false });
    if (to < words.length - 1) parts.push({ text: ' …', hit: false });
    return parts;
  }
  return [];
}
