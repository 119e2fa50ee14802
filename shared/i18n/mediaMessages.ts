// Messages of the media library that main and `ktav media` show to people, Hebrew first.
// The `media` namespace of ./translate.ts (`media:tooLarge`); every refusal names the file it is about.
export const he = {
  emptyFile: 'הקובץ {{file}} ריק (0 בתים) ולכן לא יובא.',
  tooLarge: 'הקובץ {{file}} גדול מדי ({{size}}); אפשר לייבא קבצים של עד {{limit}}.',
  svgRefused: 'הקובץ {{file}} הוא SVG. כתב אינו מייבא SVG כי הוא יכול להכיל קוד; יש לייצא אותו כ־PNG או JPEG.',
  notAnImage: 'הקובץ {{file}} אינו תמונה שכתב יודע לקרוא (JPEG, PNG, WebP, AVIF, HEIC, TIFF).',
  unsupportedFormat: 'הקובץ {{file}} הוא תמונה בפורמט {{format}}, שכתב אינו מייבא. אפשר לייבא JPEG, PNG, WebP, AVIF, HEIC או TIFF.',
  tooManyPixels: 'הקובץ {{file}} מצהיר על מידות חריגות ({{width}}×{{height}}) ולכן לא נפתח, כדי לא למלא את הזיכרון.',
  damagedImage: 'הקובץ {{file}} פגום או קטוע ואי אפשר לפענח את התמונה שבו.',
  cannotDecode: 'כתב אינו יכול לפענח את התמונה שבקובץ {{file}} ({{format}}), אף שהקובץ אינו נראה פגום. סיבת המפענח: {{details}}. אפשר לייצא את התמונה מחדש כ־JPEG.',
  unreadableFile: 'אי אפשר לקרוא את הקובץ {{file}}: {{details}}',
  imageNotFound: 'התמונה {{id}} לא נמצאה בספריית התמונות.',
  mediaWriteFailed: 'כתיבת הפרטים לקובץ {{file}} נכשלה: {{details}}',
  templateNotFound: 'תבנית הפרטים "{{name}}" לא נמצאה.',
} as const;

export type MediaMessageKey = keyof typeof he;

export const en: Record<MediaMessageKey, string> = {
  emptyFile: 'The file {{file}} is empty (0 bytes), so it was not imported.',
  tooLarge: 'The file {{file}} is too large ({{size}}); files up to {{limit}} can be imported.',
  svgRefused: 'The file {{file}} is an SVG. Ktav does not import SVG because it can carry code; export it as PNG or JPEG.',
  notAnImage: 'The file {{file}} is not a picture Ktav can read (JPEG, PNG, WebP, AVIF, HEIC, TIFF).',
  unsupportedFormat: 'The file {{file}} is a {{format}} picture, which Ktav does not import. JPEG, PNG, WebP, AVIF, HEIC or TIFF can be imported.',
  tooManyPixels: 'The file {{file}} declares absurd dimensions ({{width}}×{{height}}), so it was not opened, to keep memory safe.',
  damagedImage: 'The file {{file}} is damaged or truncated; its picture cannot be decoded.',
  cannotDecode: 'Ktav cannot decode the picture in {{file}} ({{format}}), although the file does not look damaged. The decoder says: {{details}}. Export the picture again as JPEG.',
  unreadableFile: 'The file {{file}} cannot be read: {{details}}',
  imageNotFound: 'Picture {{id}} is not in the media library.',
  mediaWriteFailed: 'Writing the credit into {{file}} failed: {{details}}',
  templateNotFound: 'Metadata template "{{name}}" was not found.',
};
