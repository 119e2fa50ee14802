// Opposite-direction phrases inside a block that must be isolated: URLs, e-mail addresses, and
// Latin runs in a Hebrew block (or Hebrew runs in an English one) whose neighbours the bidi
// algorithm would otherwise pull to the wrong side. Wrapping such a run in an isolate keeps
// neutral characters (`C++`, a trailing number, parentheses) on the side they belong to.
//
// A run that needs nothing is left alone, as the issue asks ("Latin runs that end in neutral
// characters"): "חברת Google הודיעה" renders the same with or without an isolate, and every
// isolate is an element more in the editor (Chromium walks them all for the input method at each
// keystroke) and in the exported page.
import type { Direction } from './direction.js';

export interface Run {
  from: number;
  to: number;
}

/**
 * Stands for content inside the block that is not plain text of the block's own flow (a span the
 * person marked with a direction, an inline object): bidi-neutral, and never part of a run.
 */
export const OBJECT = '\uFFFC';

const URL_RE = /\bhttps?:\/\/[^\s<>"\uFFFC]+|\bwww\.[^\s<>"\uFFFC]+|[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g;
// A Latin phrase: words of Latin letters and digits, joined by single spaces, inner punctuation
// or a clause mark and a space ("ready; now"), possibly ending in `+` or `#` (C++, C#). Sentence
// punctuation after it belongs to the surrounding Hebrew sentence and stays outside, except
// where a quotation closes right after it ("scale." + `"`): then the mark is the quotation's.
const LATIN_RUN_RE = /[A-Za-z][A-Za-z0-9]*(?:(?:[-'’.&/]|[,;:!?]?[ ])?[A-Za-z0-9]+)*[+#]*(?:[.!?…]+(?=["”’']))?/g;
const HEBREW_RUN_RE = /[\u0590-\u05FF\uFB1D-\uFB4F]+(?:[ \-'"׳״\u05BE][\u0590-\u05FF\uFB1D-\uFB4F]+)*/g;
const TRAILING_PUNCT = /[.,;:!?)\]}'"’”]+$/;

const LATIN_OR_DIGIT = /[A-Za-z0-9\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF]/;
const HEBREW_OR_DIGIT = /[0-9\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/;
const HEBREW = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/;
const LATIN = /[A-Za-z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF]/;
const ALNUM_END = /[A-Za-z0-9\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF\u0590-\u05FF\uFB1D-\uFB4F]$/;

/** Every opposite-direction phrase of `text` (URLs and e-mail addresses first in the ranking), in order. */
function candidates(text: string, dir: Direction): (Run & { address: boolean })[] {
  const runs: (Run & { address: boolean })[] = [];
  if (dir === 'rtl') {
    for (const m of text.matchAll(URL_RE)) {
      const trimmed = m[0].replace(TRAILING_PUNCT, '');
      runs.push({ from: m.index, to: m.index + trimmed.length, address: true });
    }
    for (const m of text.matchAll(LATIN_RUN_RE)) {
      const from = m.index;
      const to = from + m[0].length;
      if (!runs.some((r) => from < r.to && to > r.from)) runs.push({ from, to, address: false });
    }
  } else {
    for (const m of text.matchAll(HEBREW_RUN_RE)) runs.push({ from: m.index, to: m.index + m[0].length, address: false });
  }
  return runs.sort((a, b) => a.from - b.from);
}

/**
 * Whether the bidi algorithm would misplace what surrounds the run `from..to` without an isolate:
 * the run ends in a neutral character (`C++`, `Hello!`), or what follows it, past neutral
 * characters, is a letter of the run's own direction or a digit, which would join it (in a Hebrew
 * sentence "Google - Apple" would read as one English phrase, and "Google (2024)" would put the
 * year on Google's left). What precedes a run needs no look: a number before it is ordered with
 * the Hebrew (rule W7 looks back to a Hebrew letter), and a phrase before it is itself isolated.
 */
function needsIsolate(text: string, run: Run, dir: Direction): boolean {
  if (!ALNUM_END.test(text.slice(run.from, run.to))) return true;
  const joins = dir === 'rtl' ? LATIN_OR_DIGIT : HEBREW_OR_DIGIT;
  const own = dir === 'rtl' ? HEBREW : LATIN;
  for (let i = run.to; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '\n') return false; // a line break ends the bidi paragraph
    if (joins.test(ch)) return true;
    if (own.test(ch)) return false;
  }
  return false;
}

/**
 * Ranges of `text` to isolate against the block direction `dir`, in order, never overlapping:
 * every URL and e-mail address, and each opposite-direction phrase that needs it.
 * `text` may hold OBJECT for content that is not part of the flow (runs never cross it) and
 * `\n` for a line break.
 */
export function runsToIsolate(text: string, dir: Direction): Run[] {
  return candidates(text, dir)
    .filter((r) => r.address || needsIsolate(text, r, dir))
    .map(({ from, to }) => ({ from, to }));
}
