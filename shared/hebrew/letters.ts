// Character classes of Hebrew text, shared by the typography rules, autocorrect and search.

/** A Hebrew letter (alef to tav, final forms included). */
export const HEBREW_LETTER = '\u05D0-\u05EA';
/** Niqqud and cantillation: combining marks that sit on Hebrew letters. */
export const HEBREW_MARKS = '\u0591-\u05BD\u05BF\u05C1\u05C2\u05C4\u05C5\u05C7';
/** Gershayim (״), the mark of an acronym. */
export const GERSHAYIM = '\u05F4';
/** Geresh (׳), the mark of an abbreviation or a foreign sound. */
export const GERESH = '\u05F3';
/** Maqaf (־), the Hebrew hyphen. */
export const MAQAF = '\u05BE';
export const EN_DASH = '\u2013';

const LETTER_RE = new RegExp(`[${HEBREW_LETTER}]`);

export function isHebrewLetter(ch: string | undefined): boolean {
  return ch !== undefined && LETTER_RE.test(ch);
}

/** The last letter of `text`, skipping niqqud, or undefined. */
export function lastLetter(text: string): string | undefined {
  for (let i = text.length - 1; i >= 0; i--) {
    const ch = text[i]!;
    if (!new RegExp(`[${HEBREW_MARKS}]`).test(ch)) return ch;
  }
  return undefined;
}
