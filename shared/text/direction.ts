// Direction of a run of text, decided from its strong characters (UAX #9 classes R/AL and L),
// not only from the first letter: a Hebrew sentence that opens with "Google" is still RTL.

export type Direction = 'rtl' | 'ltr';
export type BlockDirection = Direction | 'auto';

// Hebrew, Arabic, Syriac, Thaana, NKo… and the presentation forms: the right-to-left scripts.
const RTL_CHAR = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/u;
// Latin, Greek, Cyrillic and the other left-to-right letters (anything alphabetic that is not RTL).
const STRONG_LTR_CHAR = /[A-Za-z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF]/u;

export interface StrongCounts {
  rtl: number;
  ltr: number;
}

export function countStrong(text: string): StrongCounts {
  let rtl = 0;
  let ltr = 0;
  for (const ch of text) {
    if (RTL_CHAR.test(ch)) rtl++;
    else if (STRONG_LTR_CHAR.test(ch)) ltr++;
  }
  return { rtl, ltr };
}

/**
 * The direction a block's text asks for, or null when it has no strong characters
 * (an empty line, a number, punctuation): the caller then uses the base direction.
 * Any right-to-left letter makes a block RTL unless Latin clearly dominates, so
 * "Google הודיעה" stays RTL while a whole English quotation turns LTR.
 */
export function detectDirection(text: string): Direction | null {
  const { rtl, ltr } = countStrong(text);
  if (rtl === 0 && ltr === 0) return null;
  if (rtl === 0) return 'ltr';
  if (ltr === 0) return 'rtl';
  return ltr > rtl * 3 ? 'ltr' : 'rtl';
}

/** The direction a block shows: the person's choice when set, otherwise detected, otherwise the base. */
export function effectiveDirection(dir: BlockDirection, text: string, base: Direction): Direction {
  if (dir !== 'auto') return dir;
  return detectDirection(text) ?? base;
}
