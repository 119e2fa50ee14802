// What each typography rule says to a person, Hebrew first. The editor, the export gate and
// `ktav lint` show the same words.
import type { RuleId } from './houseStyle.js';

export interface RuleText {
  /** The kind of finding, as a short name for menus and "fix all of this kind". */
  title: string;
  /** What is wrong and what the fix does. */
  message: string;
}

const he: Record<RuleId, RuleText> = {
  gershayim: { title: 'גרשיים', message: 'בראשי תיבות כותבים גרשיים (״) ולא מירכאות (").' },
  geresh: { title: 'גרש', message: 'בקיצור כותבים גרש (׳) ולא גרש לועזי (\').' },
  'space-before-punctuation': { title: 'רווח לפני סימן פיסוק', message: 'אין רווח לפני סימן פיסוק.' },
  'broken-compound': { title: 'צירוף שבור', message: 'מקף עם רווח בצד אחד שובר את הצירוף; מחברים בלי רווח.' },
  maqaf: { title: 'מקף', message: 'בין אות שימוש למספר או למילה לועזית כותבים מקף עברי (־).' },
  dash: { title: 'קו מפריד', message: 'לטווח ולהפסקה במשפט משתמשים בקו מפריד (–) ולא במקף.' },
  quotes: { title: 'מירכאות', message: 'מירכאות לועזיות מעוגלות אינן מתאימות לטקסט עברי; משתמשים במירכאות של כללי הסגנון.' },
  'double-space': { title: 'רווח כפול', message: 'שני רווחים רצופים; מספיק רווח אחד.' },
  'latin-lookalike': { title: 'אות לועזית במילה עברית', message: 'במילה עברית יש אות לועזית (אולי בגלל החלפת שפת המקלדת).' },
};

const en: Record<RuleId, RuleText> = {
  gershayim: { title: 'Gershayim', message: 'Acronyms take gershayim (״), not a quotation mark (").' },
  geresh: { title: 'Geresh', message: "Abbreviations take a geresh (׳), not an apostrophe (')." },
  'space-before-punctuation': { title: 'Space before punctuation', message: 'No space goes before a punctuation mark.' },
  'broken-compound': { title: 'Broken compound', message: 'A hyphen with a space on one side breaks the compound; join it without a space.' },
  maqaf: { title: 'Maqaf', message: 'A prefix letter joins a number or a Latin word with a maqaf (־).' },
  dash: { title: 'Dash', message: 'Ranges and breaks in a sentence take a dash (–), not a hyphen.' },
  quotes: { title: 'Quotation marks', message: "Curly Latin quotation marks don't suit Hebrew text; use the house style's marks." },
  'double-space': { title: 'Double space', message: 'Two spaces in a row; one is enough.' },
  'latin-lookalike': { title: 'Latin letter in a Hebrew word', message: 'A Hebrew word contains a Latin letter (perhaps a keyboard-layout slip).' },
};

export function ruleText(id: RuleId, lang: 'he' | 'en' = 'he'): RuleText {
  return (lang === 'he' ? he : en)[id];
}
