// Hebrew: the default interface language. Every string a person reads in the window is here.
export const he = {
  app: {
    name: 'כתב',
    tagline: 'עמדת עריכה לא מקוונת',
    error: 'שגיאה',
    dismiss: 'סגירה',
    language: 'שפת הממשק',
    mainNav: 'ניווט ראשי',
  },
  library: {
    title: 'מאגר הכתבות',
    newArticle: 'כתבה חדשה',
    empty: 'אין עדיין כתבות במאגר. אפשר להתחיל בכתבה חדשה.',
    untitled: '(ללא כותרת)',
    headline: 'כותרת',
    status: 'סטטוס',
    updated: 'עודכנה',
    words: 'מילים',
    open: 'פתיחת הכתבה {{headline}}',
    damaged: 'קבצים פגומים שלא נפתחו: {{files}}',
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
