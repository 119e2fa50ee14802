// Hebrew: the default interface language. Every string a person reads in the window is here.
export const he = {
  app: {
    name: 'כתב',
    tagline: 'עמדת עריכה לא מקוונת',
    error: 'שגיאה',
    dismiss: 'סגירה',
    language: 'שפת הממשק',
    mainNav: 'ניווט ראשי',
    loading: 'טוען…',
    settingsSetAside: 'קובץ ההגדרות היה פגום, ולכן כתב נפתח בהגדרות ברירת המחדל. הקובץ הפגום נשמר ב־{{path}}.',
  },
  status: {
    draft: 'טיוטה',
    ready: 'מוכנה לעריכה',
    approved: 'מאושרת',
    exported: 'יוצאה לאתר',
  },
  editor: {
    back: 'חזרה למאגר',
    label: 'עורך הכתבה',
    headlinePlaceholder: 'כותרת',
    leadPlaceholder: 'כותרת משנה',
    bylinePlaceholder: 'שם הכתב/ת',
    bodyPlaceholder: 'גוף הכתבה',
    export: 'ייצוא ל־HTML',
    exported: 'הכתבה יוצאה אל {{path}}',
    words_one: 'מילה אחת',
    words_other: '{{count}} מילים',
    loading: 'טוען…',
  },
  diff: {
    legend: 'מה יתווסף מסומן בקו תחתון, מה יוסר מסומן בקו חוצה',
    unchanged: 'זהה לנוסח הנוכחי',
  },
  save: {
    saved: 'נשמר',
    saving: 'שומר…',
    unsaved: 'שינויים שלא נשמרו',
    failed: 'השמירה נכשלה: {{reason}}',
    conflict: 'עותק מתנגש: הקובץ השתנה בדיסק',
  },
};

/** The shape every language must fill: the same keys, any text. */
type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
export type Messages = Widen<typeof he>;
