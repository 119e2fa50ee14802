// Messages of the export gate, export and `ktav verify`, Hebrew first. Kept beside messages.ts
// (same shape, same placeholders) so the export work merges without touching the shared table.
import type { UiLanguage } from '../model/settings.js';
import { fillMessage } from './messages.js';

const he = {
  invalidDocument: 'מבנה הכתבה אינו תקין ולכן אי אפשר לייצא אותה: {details}',
  noHeadline: 'לכתבה אין כותרת. יש לכתוב כותרת לפני הייצוא.',
  missingImage: 'התמונה {id} לא נמצאה בספריית התמונות. יש לייבא אותה מחדש או להסיר את התמונה מהכתבה.',
  noCredit: 'לתמונה "{name}" אין קרדיט צילום. יש להוסיף קרדיט בספריית התמונות.',
  noAlt: 'לתמונה "{name}" אין טקסט חלופי. יש להוסיף טקסט חלופי בספריית התמונות.',
  rightsExpired: 'הזכויות בתמונה "{name}" פגו ב־{date}. אי אפשר לפרסם אותה; יש להחליף תמונה או לחדש את הזכויות.',
  unsafeLink: 'הקישור "{href}" אינו קישור http(s) או mailto ולכן אינו בטוח לפרסום. יש לתקן או להסיר אותו.',
  noLead: 'לכתבה אין כותרת משנה.',
  noSection: 'לא נבחר מדור לכתבה.',
  tooShort: 'גוף הכתבה קצר בהרבה מהיעד: {words} מילים מתוך {target}.',
  tooLong: 'גוף הכתבה ארוך בהרבה מהיעד: {words} מילים מתוך {target}.',
  missingRelated: 'הכתבה הקשורה {id} לא נמצאה במאגר ולא תופיע ברשימה.',
  placeHeadline: 'כותרת',
  placeLead: 'כותרת משנה',
  placeByline: 'שם הכתב/ת',
  placeMeta: 'פרטי הכתבה',
  placeBlock: 'גוף הכתבה, {kind} {n}',
  gateBlocked: 'הייצוא נעצר: {count} שגיאות בבדיקת המוכנות לייצוא.',
  badSiteUrl: 'כתובת האתר בהגדרות המאגר ("{url}") אינה כתובת http(s) מלאה.',
  verifyMissingFile: 'הקובץ {file} רשום ברשימת הקבצים אך חסר בחבילה.',
  verifyUnlisted: 'הקובץ {file} נמצא בחבילה אך אינו ברשימת הקבצים.',
  verifyChecksum: 'הקובץ {file} שונה מאז הייצוא: טביעת SHA-256 שלו אינה תואמת.',
  verifySize: 'הקובץ {file} שונה מאז הייצוא: גודלו {actual} בתים ולא {expected}.',
  verifyNoChecksums: 'בחבילה אין checksums.json, ולכן אי אפשר לבדוק את שלמותה.',
  verifyManifest: 'manifest.json אינו מסמך ninjs 2.2 תקין: {details}',
  verifyHtml: '{file} אינו HTML תקין: {details}',
  verifyImageMissing: 'הדף מפנה לתמונה {file} שאינה בחבילה.',
  verifyImageUncredited: 'בתמונה {file} לא כתוב קרדיט צילום.',
  verifyImageCredit: 'הקרדיט שכתוב בתמונה {file} ("{found}") אינו תואם את הרשום בחבילה ("{expected}").',
  verifyImageLocation: 'בתמונה {file} נשארו נתוני מיקום (GPS).',
  verifyNotZip: 'הקובץ {file} אינו חבילת zip שאפשר לקרוא: {details}',
  jobNotFound: 'הייצוא {job} אינו ידוע (אולי הסתיים מזמן או שכתב הופעל מחדש).',
  cancelled: 'הייצוא בוטל; לא נכתבה חבילה.',
} as const;

export type ExportMessageKey = keyof typeof he;

const en: Record<ExportMessageKey, string> = {
  invalidDocument: 'The article’s structure is invalid, so it cannot be exported: {details}',
  noHeadline: 'The article has no headline. Write one before exporting.',
  missingImage: 'Picture {id} is not in the media library. Import it again or remove the figure.',
  noCredit: 'Picture "{name}" has no photo credit. Add one in the media library.',
  noAlt: 'Picture "{name}" has no alt text. Add one in the media library.',
  rightsExpired: 'The rights to picture "{name}" expired on {date}. It cannot be published; replace it or renew the rights.',
  unsafeLink: 'The link "{href}" is not an http(s) or mailto link, so it is not safe to publish. Fix or remove it.',
  noLead: 'The article has no subheadline.',
  noSection: 'No section is set for the article.',
  tooShort: 'The body is far shorter than its target: {words} words of {target}.',
  tooLong: 'The body is far longer than its target: {words} words of {target}.',
  missingRelated: 'Related article {id} is not in the repository and will not be listed.',
  placeHeadline: 'Headline',
  placeLead: 'Subheadline',
  placeByline: 'Byline',
  placeMeta: 'Article details',
  placeBlock: 'Body, {kind} {n}',
  gateBlocked: 'Export stopped: {count} errors in the export gate.',
  badSiteUrl: 'The site address in the repository settings ("{url}") is not a full http(s) address.',
  verifyMissingFile: '{file} is listed but missing from the package.',
  verifyUnlisted: '{file} is in the package but not in the file list.',
  verifyChecksum: '{file} changed since export: its SHA-256 does not match.',
  verifySize: '{file} changed since export: it is {actual} bytes, not {expected}.',
  verifyNoChecksums: 'The package has no checksums.json, so its integrity cannot be checked.',
  verifyManifest: 'manifest.json is not a valid ninjs 2.2 document: {details}',
  verifyHtml: '{file} is not valid HTML: {details}',
  verifyImageMissing: 'The page refers to picture {file}, which is not in the package.',
  verifyImageUncredited: 'Picture {file} carries no photo credit.',
  verifyImageCredit: 'The credit written in picture {file} ("{found}") does not match the package ("{expected}").',
  verifyImageLocation: 'Picture {file} still carries location (GPS) data.',
  verifyNotZip: '{file} is not a readable zip package: {details}',
  jobNotFound: 'Export {job} is unknown (perhaps it ended long ago or Ktav restarted).',
  cancelled: 'The export was cancelled; no package was written.',
};

const tables: Record<UiLanguage, Record<ExportMessageKey, string>> = { he, en };

/** A message in the given language with `{name}` placeholders filled in. */
export function exportMessage(lang: UiLanguage, key: ExportMessageKey, params: Record<string, string | number> = {}): string {
  return fillMessage(tables[lang][key], params);
}

/** Body block kinds in words, for places ("פסקה 3"). */
export const BLOCK_KINDS: Record<UiLanguage, Record<string, string>> = {
  he: {
    paragraph: 'פסקה',
    heading: 'כותרת ביניים',
    blockquote: 'ציטוט',
    pull_quote: 'ציטוט מודגש',
    bullet_list: 'רשימה',
    ordered_list: 'רשימה ממוספרת',
    figure: 'תמונה',
    horizontal_rule: 'קו מפריד',
  },
  en: {
    paragraph: 'paragraph',
    heading: 'heading',
    blockquote: 'quotation',
    pull_quote: 'pull quote',
    bullet_list: 'list',
    ordered_list: 'numbered list',
    figure: 'figure',
    horizontal_rule: 'rule',
  },
};
