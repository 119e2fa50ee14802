// Opposite-direction phrases inside a block: URLs, e-mail addresses and Latin runs in a Hebrew
// block (or Hebrew runs in an English one). Wrapping each in an isolate keeps neutral
// characters (`C++`, a trailing number, parentheses) on the side they belong to.
import type { Direction } from './direction.js';

export interface Run {
  from: number;
  to: number;
}

const URL_RE = /\bhttps?:\/\/[^\s<>"]+|\bwww\.[^\s<>"]+|[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g;
// A Latin phrase: words of Latin letters and digits, joined by single spaces, inner punctuation
// or a clause mark and a space ("ready; now"), possibly ending in `+` or `#` (C++, C#). Sentence
// punctuation after it belongs to the surrounding Hebrew sentence and stays outside, except
// where a quotation closes right after it ("scale." + `"`): then the mark is the quotation's.
const LATIN_RUN_RE = /[A-Za-z][A-Za-z0-9]*(?:(?:[-'’.&/]|[,;:!?]?[ ])?[A-Za-z0-9]+)*[+#]*(?:[.!?…]+(?=["”’']))?/g;
const HEBREW_RUN_RE = /[\u0590-\u05FF\uFB1D-\uFB4F]+(?:[ \-'"׳״\u05BE][\u0590-\u05FF\uFB1D-\uFB4F]+)*/g;
const TRAILING_PUNCT = /[.,;:!?)\]}'"’”]+$/;

/** Ranges of `text` that run against the block direction `dir`, in order, never overlapping. */
export function oppositeRuns(text: string, dir: Direction): Run[] {
  const runs: Run[] = [];
  if (dir === 'rtl') {
    for (const m of text.matchAll(URL_RE)) {
      const trimmed = m[0].replace(TRAILING_PUNCT, '');
      runs.push({ from: m.index, to: m.index + trimmed.length });
    }
    for (const m of text.matchAll(LATIN_RUN_RE)) {
      const from = m.index;
      const to = from + m[0].length;
      if (!runs.some((r) => from < r.to && to > r.from)) runs.push({ from, to });
    }
  } else {
    for (const m of text.matchAll(HEBREW_RUN_RE)) runs.push({ from: m.index, to: m.index + m[0].length });
  }
  return runs.sort((a, b) => a.from - b.from);
}
