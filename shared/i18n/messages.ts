// Messages main and the command line show to people, in Hebrew first and English second.
// The renderer's own interface strings live in renderer/i18n; these are the ones that cross
// the boundary inside `{ code, message }` or are printed by `ktav`. i18next placeholders
// (`{{name}}`), filled by ./translate.ts.

export const he = {
  invalidArguments: 'הבקשה נדחתה: {{details}}',
  unknownCall: 'פעולה לא מוכרת: {{name}}',
  forbidden: 'הבקשה נדחתה כי לא הגיעה מחלון של כתב.',
  articleNotFound: 'הכתבה {{id}} לא נמצאה במאגר.',
  invalidDocument: 'מבנה הכתבה אינו תקין ולכן לא נשמר: {{details}}',
  conflict:
    'הקובץ של הכתבה השתנה בדיסק מאז שנפתח (אולי בכתב אחר או בכלי סנכרון). הגרסה שלך נשמרה כעותק מתנגש: {{path}}',
  writeFailed: 'השמירה נכשלה: {{details}}',
  internal: 'אירעה שגיאה פנימית. הפרטים נרשמו ביומן.',
  noHeadline: 'לכתבה אין כותרת.',
  conflictMeta: 'הקובץ של הכתבה השתנה בדיסק מאז שנפתח, ולכן הפרטים לא נשמרו. יש לפתוח את הכתבה מחדש.',
  readFailed: 'קריאת הקובץ נכשלה: {{details}}',
  staleBase: 'קובץ הכתבה אינו בגרסה {{revision}} שעליה נשלחו השינויים; יש לשלוח את הטקסט כולו.',
  versionNotFound: 'הגרסה {{name}} לא נמצאה בהיסטוריית הגרסאות.',
  journalNotFound: 'אין שינויים שלא נשמרו לשחזור בכתבה {{id}}.',
  quarantined: 'הקובץ {{file}} פגום ({{reason}}) והועבר הצידה אל {{path}}. שאר המאגר נפתח כרגיל.',
  trashConflict: 'לא ניתן לשחזר את {{id}} מסל המחזור: כבר קיימת כתבה בשם זה.',
  importUnsupported: 'סוג הקובץ {{file}} אינו נתמך לייבוא. אפשר לייבא ‎.docx, ‎.md, ‎.html, ‎.txt.',
  importFailed: 'ייבוא הקובץ {{file}} נכשל: {{details}}',
  importEmpty: 'הקובץ ריק',
  importNotText: 'הקובץ אינו טקסט קריא (אולי הוא פגום, או שמור בקידוד לא מוכר)',
  importDamaged: 'הקובץ פגום או שאינו מהסוג ששמו מציין',
  searchQueryEmpty: 'יש לכתוב מילה לחיפוש.',
  searchNotReady: 'אינדקס החיפוש לא נבנה (הבנייה בוטלה או נכשלה). אפשר לבנות אותו במאגר הכתבות.',
  searchFailed: 'בניית אינדקס החיפוש נכשלה; הפרטים נרשמו ביומן.',
  // Reasons, filling the {{details}} of the messages above (never an exception's own text).
  notArticleShape: 'הטקסט אינו בנוי כמו כתבה',
  notJson: 'הקובץ {{file}} אינו JSON תקין',
  badField: 'בקובץ {{file}} השדה {{field}} חסר או שגוי',
  diskFull: 'אין מקום פנוי בדיסק',
  noPermission: 'אין הרשאה לכתוב או לקרוא את הקובץ',
  notAFile: 'במקום קובץ נמצאה תיקייה (או להפך)',
  ioOther: 'שגיאת קלט/פלט; הפרטים נרשמו ביומן',
  unreadableContent: 'לא ניתן לקרוא את תוכנו',
  noSuchFile: 'הקובץ אינו קיים',
} as const;

export type MessageKey = keyof typeof he;

export const en: Record<MessageKey, string> = {
  invalidArguments: 'The request was refused: {{details}}',
  unknownCall: 'Unknown action: {{name}}',
  forbidden: 'The request was refused because it did not come from a Ktav window.',
  articleNotFound: 'Article {{id}} is not in the repository.',
  invalidDocument: 'The article’s structure is invalid, so it was not saved: {{details}}',
  conflict:
    'The article’s file changed on disk since it was opened (another Ktav or a sync tool?). Your version was kept as a conflict copy: {{path}}',
  writeFailed: 'Saving failed: {{details}}',
  internal: 'An internal error occurred. The details were logged.',
  noHeadline: 'The article has no headline.',
  conflictMeta: 'The article’s file changed on disk since it was opened, so the details were not saved. Open the article again.',
  readFailed: 'Reading the file failed: {{details}}',
  staleBase: 'The article’s file is not at revision {{revision}}, which the changes were based on; send the whole text.',
  versionNotFound: 'Version {{name}} is not in the version history.',
  journalNotFound: 'There are no unsaved changes to restore for article {{id}}.',
  quarantined: 'The file {{file}} is damaged ({{reason}}) and was moved aside to {{path}}. The rest of the repository opened normally.',
  trashConflict: 'Cannot restore {{id}} from the trash: an article with that id exists.',
  importUnsupported: 'The file type of {{file}} cannot be imported. Ktav imports .docx, .md, .html and .txt.',
  importFailed: 'Importing {{file}} failed: {{details}}',
  importEmpty: 'the file is empty',
  importNotText: 'the file is not readable text (it may be damaged, or saved in an unknown encoding)',
  importDamaged: 'the file is damaged or is not of the type its name says',
  searchQueryEmpty: 'Type a word to search for.',
  searchNotReady: 'The search index is not built (building it was cancelled or failed). It can be built from the article library.',
  searchFailed: 'Building the search index failed; the details were logged.',
  notArticleShape: 'the text is not shaped like an article',
  notJson: '{{file}} is not valid JSON',
  badField: 'in {{file}}, the field {{field}} is missing or wrong',
  diskFull: 'the disk is full',
  noPermission: 'no permission to read or write the file',
  notAFile: 'a folder stands where a file should be (or the reverse)',
  ioOther: 'an input/output error; the details were logged',
  unreadableContent: 'its content cannot be read',
  noSuchFile: 'the file does not exist',
};

