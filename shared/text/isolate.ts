// Opposite-direction phrases inside a block that must be isolated: URLs, e-mail addresses, and
// Latin runs in a Hebrew block (or Hebrew runs in an English one) whose neighbours the bidi
// algorithm would otherwise pull to the wrong side. Wrapping such a run in an isolate keeps
// neutral characters (`C++`, a trailing number, parentheses) on the side they belong to.
//
// A run that needs nothing is left alone, as the issue asks ("Latin runs that end in neutral
// characters"): "חברת Google הודיעה" renders the same with or without an isolate, and every
// isolate is an element more in the editor (Chromium walks them all for the input method at each
// keystroke) and in the exported page.
//
// Two kinds of phrase are decided here beyond "a Latin run":
//
// - A signed number. A `+` or `-` is a neutral character (UAX #9: ES), so in a Hebrew sentence it
//   takes the sentence's direction and is drawn on the far side of the digits: `+972-3-555-1234`
//   shows as `972-3-555-1234+`, `-5` as `5-`; and digit groups separated by spaces or
//   parentheses (`+1 (555) 010-9999`) are ordered right to left, group by group. The rule: in a
//   right-to-left block, a `+`, `-` or `−` directly before a digit, itself at the start of the
//   text, after a space, an opening bracket or quotation mark, or after a Hebrew prefix and its
//   hyphen or maqaf (`ל־+972…`), begins a signed number; the
//   number runs on through its digit groups (joined by `-`, `.`, `,`, `/`, a space or a bracketed
//   group, as phone numbers are written) and a trailing `%`, `‰` or `°`, and is always isolated
//   left to right. A hyphen after a letter is never a sign: `ב-2020` is the prefix ב with a year,
//   `10-16` a range, and the bidi algorithm places both right on its own.
// - A number after a Latin phrase. Whether `3` in `ב-Real Madrid 3 עונות` is part of the name or
//   the count of the Hebrew noun after it cannot be read from the characters alone: `iPhone 15`
//   carries its model number, `Real Madrid 3 עונות` is "Real Madrid, 3 seasons". The rule taken:
//   a Latin phrase glued to Hebrew prefix letters with a hyphen or maqaf (`ב-`, `ל-`, `ה־`,
//   `וב-`) is a noun inside the Hebrew sentence, the object of that preposition or article, so a
//   number after it (past a space) begins the Hebrew phrase that follows, where Hebrew puts a
//   count before its noun (`3 עונות`, `2 שערים`); the phrase is isolated without it. A Latin
//   phrase standing as a word of its own (`הדגם החדש iPhone 15 יימכר`) keeps a number after it
//   as part of the name, as product names are written; so does a number inside the phrase
//   (`ב-Windows 11 Pro`). Where this guess is wrong (`ב-iPhone 15 יש`), the writer marks the
//   name with a direction span (Ctrl+Alt+D), which is never re-decided here.
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
// A signed number (see the file's comment), after the start, a space, an opening mark or a glued
// prefix (`ל־+972…`): a plus
// sign with the digit groups of a phone number (`+972-3-555-1234`, `+1 (555) 010-9999`,
// `+44 (0)20 7946 0958`), or a minus sign with a decimal number (`-5`, `−3.5`, `-1,000`); then a
// percent, per-mille or degree sign.
const SIGNED_NUMBER_RE =
  /(?<=^|[\s([{"'“„«״]|(?<![\u05D0-\u05EA])[ובכלמשה]{1,4}[-\u05BE])(?:\+\d+(?:[-.,/\u2011 ]?\(\d+\)|[-.,/\u2011 ]\d+|(?<=\))\d+)*|[-\u2212]\d+(?:[.,]\d+)*)[%‰°]?/g;
// Hebrew prefix letters (ו ה ב כ ל מ ש and their combinations) glued with a hyphen or maqaf to
// what follows, at the end of the text before a phrase.
const GLUED_PREFIX_RE = /(?<![\u05D0-\u05EA])[ובכלמשה]{1,4}[-\u05BE]$/;
// Numbers ending a Latin phrase, each after a space: " 3", " 2 12".
const TRAILING_NUMBERS_RE = /(?:[ ]\d[\d.,]*)+$/;

const LATIN_OR_DIGIT = /[A-Za-z0-9\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF]/;
const HEBREW_OR_DIGIT = /[0-9\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/;
const HEBREW = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/;
const LATIN = /[A-Za-z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF]/;
const ALNUM_END = /[A-Za-z0-9\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF\u0590-\u05FF\uFB1D-\uFB4F]$/;

/** The signed numbers of `text` (see the file's comment): a phone number written with its `+`, `-5`. */
export function signedNumbers(text: string): Run[] {
  return [...text.matchAll(SIGNED_NUMBER_RE)].map((m) => ({ from: m.index, to: m.index + m[0].length }));
}

/**
 * Every opposite-direction phrase of `text`, in order; `always` for those isolated whatever
 * follows them (URLs, e-mail addresses, signed numbers), which take precedence over a Latin run.
 */
function candidates(text: string, dir: Direction): (Run & { always: boolean })[] {
  const runs: (Run & { always: boolean })[] = [];
  const free = (from: number, to: number) => !runs.some((r) => from < r.to && to > r.from);
  if (dir === 'rtl') {
    for (const m of text.matchAll(URL_RE)) {
      const trimmed = m[0].replace(TRAILING_PUNCT, '');
      runs.push({ from: m.index, to: m.index + trimmed.length, always: true });
    }
    for (const r of signedNumbers(text)) if (free(r.from, r.to)) runs.push({ ...r, always: true });
    for (const m of text.matchAll(LATIN_RUN_RE)) {
      const from = m.index;
      // After a glued Hebrew prefix, numbers that end the phrase belong to the Hebrew that follows.
      const phrase = GLUED_PREFIX_RE.test(text.slice(0, from)) ? m[0].replace(TRAILING_NUMBERS_RE, '') : m[0];
      const to = from + phrase.length;
      if (free(from, to)) runs.push({ from, to, always: false });
    }
  } else {
    for (const m of text.matchAll(HEBREW_RUN_RE)) runs.push({ from: m.index, to: m.index + m[0].length, always: false });
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
 * every URL, e-mail address and signed number, and each opposite-direction phrase that needs it.
 * `text` may hold OBJECT for content that is not part of the flow (runs never cross it) and
 * `\n` for a line break.
 */
export function runsToIsolate(text: string, dir: Direction): Run[] {
  return candidates(text, dir)
    .filter((r) => r.always || needsIsolate(text, r, dir))
    .map(({ from, to }) => ({ from, to }));
}
