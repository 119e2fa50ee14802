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
const HEBREW_LETTER = /^[\u05D0-\u05EA]$/;

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
    if (!HEBREW_LETTER.test(letter) || !PREFIX_LETTERS.has(letter) || (letter === 'ו' && k > 1)) break;
    forms.push(n.slice(k));
  }
  return forms;
}

/** Words of a text: letters, digits and marks, with the quotes of abbreviations (צה"ל) kept inside. */
export function tokenize(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}][\p{L}\p{N}\p{M}"'\u05F3\u05F4]*/gu)) {
    out.push(m[0].replace(/["'\u05F3\u05F4]+$/u, ''));
  }
  return out;
}
