// How Hebrew words become search terms. Hebrew glues prefixes to words (ו ה ב כ ל מ ש and
// their combinations: ובירושלים), has final letter forms and optional niqqud. A word is indexed
// as itself and as each of its prefix-stripped forms, so a search for ירושלים finds ובירושלים;
// a query is never stripped, so משפט finds משפט and not every שפט. (See HEBREW.md.)

const PREFIX_LETTERS = new Set(['ו', 'ה', 'ב', 'כ', 'ל', 'מ', 'ש']);
/** Prefix letters glued in front of a word: up to three (וכשה…, ומה…); ו only first. */
const MAX_PREFIX = 3;
/** A remainder shorter than this is not a word worth indexing (בית → ית would be noise). */
const MIN_STEM = 3;
const FINALS: Record<string, string> = { ך: 'כ', ם: 'מ', ן: 'נ', ף: 'פ', ץ: 'צ' };

/** Anything normalizeTerm would change; most Hebrew words have none of it and skip the work. */
const NEEDS_WORK = /[^\u05D0-\u05EA0-9a-z]|[ךםןףץ]/;

/** Niqqud, cantillation and the quote marks of abbreviations go; final letters fold; Latin lowercases. */
export function normalizeTerm(word: string): string {
  if (!NEEDS_WORK.test(word)) return word;
  return word
    .normalize('NFD')
    .replace(/[\u0591-\u05BD\u05BF\u05C1\u05C2\u05C4\u05C5\u05C7]/g, '')
    .replace(/[\u0300-\u036f]/g, '') // Latin accents, so "café" finds "cafe"
    .replace(/["'\u05F3\u05F4\u2019]/g, '')
    .replace(/[ךםןףץ]/g, (c) => FINALS[c]!)
    .toLowerCase();
}

/** The word itself and every form with a plausible prefix removed, normalized. */
export function indexForms(word: string): string[] {
  const n = normalizeTerm(word);
  if (!n) return [];
  const forms = [n];
  for (let k = 1; k <= MAX_PREFIX && n.length - k >= MIN_STEM; k++) {
    const letter = n[k - 1]!;
    if (!PREFIX_LETTERS.has(letter) || (letter === 'ו' && k > 1)) break;
    forms.push(n.slice(k));
  }
  return forms;
}

/** Words of a text: letters, digits and marks, with the quotes of abbreviations (צה"ל) kept inside. */
export function tokenize(text: string): string[] {
  // A loop over the characters: the regular expression with Unicode classes (kept below for the
  // characters this does not know) was a third of the time of indexing an article.
  const out: string[] = [];
  const length = text.length;
  let i = 0;
  while (i < length) {
    const c = text.charCodeAt(i);
    const kind = charKind(c, text, i);
    if (kind !== START) {
      i += c >= 0xd800 && c <= 0xdbff ? 2 : 1;
      continue;
    }
    const start = i;
    i += c >= 0xd800 && c <= 0xdbff ? 2 : 1;
    let end = i; // after the last character that is not a quote
    while (i < length) {
      const d = text.charCodeAt(i);
      const k = charKind(d, text, i);
      if (k === OTHER) break;
      i += d >= 0xd800 && d <= 0xdbff ? 2 : 1;
      if (k !== QUOTE) end = i;
    }
    out.push(text.slice(start, end));
  }
  return out;
}

const OTHER = 0;
/** A letter or a digit: may start a word. */
const START = 1;
/** A combining mark (niqqud): inside a word only. */
const MARK = 2;
/** " ' ׳ ״: inside a word only, and never at its end. */
const QUOTE = 3;
const IS_START = /^[\p{L}\p{N}]$/u;
const IS_MARK = /^\p{M}$/u;

function charKind(c: number, text: string, i: number): number {
  if ((c >= 0x05d0 && c <= 0x05ea) || (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39)) return START;
  if (c === 0x22 || c === 0x27 || c === 0x05f3 || c === 0x05f4) return QUOTE;
  if (c < 0x80 || c === 0x2013 || c === 0x2014 || c === 0x05be || c === 0x05c0 || c === 0x05c3 || c === 0x05c6) return OTHER;
  const ch = String.fromCodePoint(text.codePointAt(i)!);
  if (IS_START.test(ch)) return START;
  return IS_MARK.test(ch) ? MARK : OTHER;
}
