// Snippets stop reading words once they have enough; the result must be what reading every
// word gave: up to 8 words before the first hit, 16 after, "…" where the text goes on.
import { describe, expect, it } from 'vitest';
import { indexForms } from '../../../main/services/search/hebrewTerms.js';
import { snippet } from '../../../main/services/search/snippet.js';
import type { SnippetPart } from '../../../shared/model/search.js';

const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}"'\u05F3\u05F4]*/gu;

/** The snippet as first written, reading every word of the text. */
function everyWord(texts: readonly string[], matched: readonly string[], radius = 8): SnippetPart[] {
  const terms = new Set(matched);
  const isHit = (word: string) => indexForms(word.replace(/["'\u05F3\u05F4]+$/u, '')).some((f) => terms.has(f));
  for (const text of texts) {
    const words = [...text.matchAll(WORD)];
    const first = words.findIndex((w) => isHit(w[0]));
    if (first < 0) continue;
    const from = Math.max(0, first - radius);
    const to = Math.min(words.length - 1, first + radius * 2);
    const parts: SnippetPart[] = [];
    if (from > 0) parts.push({ text: '… ', hit: false });
    let at = words[from]!.index!;
    for (let i = from; i <= to; i++) {
      const w = words[i]!;
      if (!isHit(w[0])) continue;
      if (w.index! > at) parts.push({ text: text.slice(at, w.index!), hit: false });
      parts.push({ text: w[0], hit: true });
      at = w.index! + w[0].length;
    }
    const end = words[to]!.index! + words[to]![0].length;
    if (end > at) parts.push({ text: text.slice(at, end), hit: false });
    if (to < words.length - 1) parts.push({ text: ' …', hit: false });
    return parts;
  }
  return [];
}

describe('snippet', () => {
  it('cuts around the first hit as reading every word did, wherever the hit falls', () => {
    const filler = Array.from({ length: 40 }, (_, i) => `מילה${i}`);
    const cases: string[] = [];
    for (let at = 0; at <= 40; at++) cases.push([...filler.slice(0, at), 'ובירושלים', ...filler.slice(at)].join(' '));
    cases.push(`${filler.join(' ')} ירושלים. סוף`, 'ירושלים', 'שום דבר');
    for (const text of cases) {
      expect(snippet(['', text, 'ירושלים בכותרת'], ['ירושלימ']), text).toEqual(everyWord(['', text, 'ירושלים בכותרת'], ['ירושלימ']));
    }
    expect(snippet([cases[20]!], ['ירושלימ'])[0]).toEqual({ text: '… ', hit: false });
    expect(snippet([cases[20]!], ['ירושלימ']).at(-1)).toEqual({ text: ' …', hit: false });
  });
});
