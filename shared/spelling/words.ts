// The words of a text as a spelling dictionary reads them. Pure: the editor (in its worker), the
// export gate and `ktav spell` cut text the same way, and only the lookups differ.
//
// Hspell's dictionary (dictionary-he) knows acronyms and abbreviations only with ASCII quotes
// (`צה"ל`, `עמ'`), no niqqud and no maqaf compounds, so before a lookup:
// - gershayim, geresh and curly quotes inside or at the end of a Hebrew word become `"` and `'`;
// - niqqud and cantillation marks are removed;
// - a compound joined by a maqaf or hyphen (`בית־ספר`, `בין-לאומי`) is looked up whole (the
//   newsroom's dictionary may have it) and, failing that, part by part;
// - prefix letters with a hyphen or maqaf before a number or a Latin word (`ב-2020`, `ה־AI`)
//   are a prefix, not a word; the number is not checked, the Latin word is;
// - punctuation around a word is not part of it, URLs and e-mail addresses are not words, a
//   word with a digit in it (`COVID-19`, `A320`) is a code, not checked;
// - a word in Latin letters is English; a word mixing Hebrew and Latin letters is left to the
//   typography rule for Latin lookalikes.

export type SpellLanguage = 'he' | 'en';

/** One lookup: a part of a word with the forms to try (any one correct is enough). */
export interface SpellPart {
  /** Offsets in the text, `to` exclusive. */
  from: number;
  to: number;
  lang: SpellLanguage;
  /** What to look up, first the form as written (normalised), then a fallback. */
  keys: string[];
}

export interface SpellWord {
  from: number;
  to: number;
  /** A compound as one lookup (parts joined by a maqaf), tried before its parts; null for a simple word. */
  whole: string | null;
  parts: SpellPart[];
}

const HEBREW_LETTER = /[\u05D0-\u05EA]/;
const LATIN_LETTER = /[A-Za-z\u00C0-\u024F]/;
const DIGIT = /[0-9]/;
/** Niqqud and cantillation: every Hebrew combining mark but the maqaf, paseq, sof pasuq and nun hafukha. */
const MARKS = /[\u0591-\u05BD\u05BF\u05C1\u05C2\u05C4\u05C5\u05C7]/g;
const MARK = /[\u0591-\u05BD\u05BF\u05C1\u05C2\u05C4\u05C5\u05C7]/;
/** Double and single quotation marks that can stand inside a Hebrew word (gershayim, geresh, their lookalikes). */
const DOUBLE_QUOTE = /["\u05F4\u201C\u201D\u201E]/;
const SINGLE_QUOTE = /['\u05F3\u2018\u2019]/;
const JOINER = /[-\u05BE\u2010\u2011]/;
const PREFIX_ONLY = /^[ובכלמשה]{1,4}$/;

const URL_OR_MAIL = /\bhttps?:\/\/[^\s<>"]+|\bwww\.[^\s<>"]+|[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g;

const isLetterOrDigit = (c: string) => HEBREW_LETTER.test(c) || LATIN_LETTER.test(c) || DIGIT.test(c);

/** A word as the dictionary spells it: no niqqud, ASCII quotes, a maqaf for a hyphen between parts. */
export function lookupForm(word: string): string {
  return word
    .replace(MARKS, '')
    .replace(/[\u05F4\u201C\u201D\u201E]/g, '"')
    .replace(/[\u05F3\u2018\u2019]/g, "'")
    .replace(/[-\u2010\u2011]/g, '\u05BE');
}

const QUBUTS = '\u05BB';
const HOLAM = '\u05B9';
const HIRIQ = '\u05B4';

/**
 * A pointed word in full spelling (כתיב מלא), as far as its vowels tell: a vav for qubuts and
 * for a holam not written on a vav, a yod for a hiriq not followed by one (לְכֻלָּם → לכולם,
 * סִפּוּר stays סיפור). The rules have more to them (a consonantal vav doubled, a yod for
 * tsere in some patterns); this is the fallback for a word whose defective form is unknown.
 */
export function fullSpelling(pointed: string): string {
  let out = '';
  for (let i = 0; i < pointed.length; i++) {
    const c = pointed[i]!;
    if (!HEBREW_LETTER.test(c)) {
      if (!MARK.test(c)) out += c;
      continue;
    }
    let marks = '';
    while (i + 1 < pointed.length && MARK.test(pointed[i + 1]!)) marks += pointed[++i];
    const next = pointed[i + 1];
    out += c;
    if (marks.includes(QUBUTS)) out += 'ו';
    else if (marks.includes(HOLAM) && c !== 'ו' && next !== 'ו') out += 'ו';
    else if (marks.includes(HIRIQ) && next !== 'י') out += 'י';
  }
  return out;
}

/** The words of `text` to check, in order. */
export function spellingWords(text: string): SpellWord[] {
  // URLs and e-mail addresses are blanked out, keeping every offset.
  const plain = text.replace(URL_OR_MAIL, (m) => ' '.repeat(m.length));
  const out: SpellWord[] = [];
  let i = 0;
  while (i < plain.length) {
    if (!isLetterOrDigit(plain[i]!)) {
      i++;
      continue;
    }
    // A chunk: letters, digits and marks, with quotes and joiners inside (followed by more of it).
    const start = i;
    let end = i + 1;
    let j = i + 1;
    while (j < plain.length) {
      const c = plain[j]!;
      if (isLetterOrDigit(c) || MARK.test(c)) {
        j++;
        end = j;
      } else if ((DOUBLE_QUOTE.test(c) || SINGLE_QUOTE.test(c) || JOINER.test(c)) && j + 1 < plain.length && isLetterOrDigit(plain[j + 1]!)) {
        j++;
      } else break;
    }
    // An abbreviation's geresh or gershayim ends the word: `מס׳`, `עמ'`, `ש״ח` handled above, `מס'` here.
    if (end < plain.length && SINGLE_QUOTE.test(plain[end]!) && HEBREW_LETTER.test(plain[end - 1]!)) end++;
    i = Math.max(j, end);
    const word = chunkWord(plain, start, end);
    if (word) out.push(word);
  }
  return out;
}

/** Splits a chunk at its joiners into the parts to look up; null when nothing in it is to be checked. */
function chunkWord(text: string, from: number, to: number): SpellWord | null {
  const segments: { from: number; to: number; text: string }[] = [];
  let at = from;
  for (let k = from; k <= to; k++) {
    if (k === to || JOINER.test(text[k]!)) {
      segments.push({ from: at, to: k, text: text.slice(at, k) });
      at = k + 1;
    }
  }
  const parts: SpellPart[] = [];
  let hebrewParts = 0;
  for (const [n, seg] of segments.entries()) {
    const bare = seg.text.replace(MARKS, '');
    const next = segments[n + 1];
    // `ב-2020`, `וה־AI`: prefix letters glued to a number or a Latin word.
    if (next && PREFIX_ONLY.test(bare) && (DIGIT.test(next.text[0]!) || LATIN_LETTER.test(next.text[0]!))) continue;
    if (DIGIT.test(bare)) continue;
    const hebrew = HEBREW_LETTER.test(bare);
    const latin = LATIN_LETTER.test(bare);
    if (hebrew && latin) continue;
    const letters = bare.replace(/["'\u05F3\u05F4\u2018\u2019\u201C\u201D\u201E]/g, '');
    if (letters.length < 2) continue;
    if (hebrew) {
      hebrewParts++;
      const key = lookupForm(bare);
      // A trailing geresh may be a closing quote, and one after prefix letters an opening quote
      // (ו'שלום'): the word without them is a second chance.
      const keys = [key];
      if (key.endsWith("'")) keys.push(key.slice(0, -1));
      const quoted = /^([ובכלמשה]{1,4})'(.+?)'?$/.exec(key);
      if (quoted) keys.push(quoted[1]! + quoted[2]!);
      // Pointed text is in defective spelling (לְכֻלָּם), the dictionary in full spelling (לכולם).
      if (bare !== seg.text) {
        const full = lookupForm(fullSpelling(seg.text));
        if (!keys.includes(full)) keys.push(full);
      }
      parts.push({ from: seg.from, to: seg.to, lang: 'he', keys });
    } else {
      parts.push({ from: seg.from, to: seg.to, lang: 'en', keys: [bare.replace(/[\u2018\u2019]/g, "'")] });
    }
  }
  if (!parts.length) return null;
  const whole = segments.length > 1 && hebrewParts === segments.length ? lookupForm(text.slice(from, to)) : null;
  return { from, to, whole, parts };
}

/** A word found misspelled: its range in the text and the lookup that failed. */
export interface Misspelling {
  from: number;
  to: number;
  lang: SpellLanguage;
  /** The word as the dictionary was asked (suggestions are asked for this). */
  key: string;
}

/** Every lookup `words` need, once each: what a checker is asked. */
export function lookupsOf(words: readonly SpellWord[]): { key: string; lang: SpellLanguage }[] {
  const seen = new Set<string>();
  const out: { key: string; lang: SpellLanguage }[] = [];
  const add = (key: string, lang: SpellLanguage) => {
    const id = `${lang}:${key}`;
    if (seen.has(id)) return;
    seen.add(id);
    out.push({ key, lang });
  };
  for (const w of words) {
    if (w.whole) add(w.whole, 'he');
    for (const p of w.parts) for (const k of p.keys) add(k, p.lang);
  }
  return out;
}

/**
 * The misspellings among `words`, given a verdict for each lookup: a compound whose whole is
 * correct is correct; otherwise each part none of whose forms is correct is a misspelling.
 */
export function misspellings(words: readonly SpellWord[], correct: (key: string, lang: SpellLanguage) => boolean): Misspelling[] {
  const out: Misspelling[] = [];
  for (const w of words) {
    if (w.whole && correct(w.whole, 'he')) continue;
    for (const p of w.parts) if (!p.keys.some((k) => correct(k, p.lang))) out.push({ from: p.from, to: p.to, lang: p.lang, key: p.keys[0]! });
  }
  return out;
}
