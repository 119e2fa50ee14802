// Strings of the editor's spell checking (its menu over a misspelled word), Hebrew first.
// Registered in renderer/i18n BUNDLES under `spelling`.
import type { MessageBundle } from '../../../i18n';

const he = {
  menu: 'הצעות איות ל־{{word}}',
  loading: 'מחפש הצעות…',
  none: 'אין הצעות',
  addWord: 'הוספה למילון המערכת',
  ignore: 'התעלמות בכתבה זו',
  nextMisspelling: 'המילה השגויה הבאה',
  openMenu: 'הצעות איות למילה שבסמן',
  noMisspelling: 'אין מילים שגויות בכתבה',
  added: 'המילה {{word}} נוספה למילון המערכת',
};

const en: typeof he = {
  menu: 'Spelling suggestions for {{word}}',
  loading: 'Looking for suggestions…',
  none: 'No suggestions',
  addWord: 'Add to the newsroom dictionary',
  ignore: 'Ignore in this article',
  nextMisspelling: 'Next misspelled word',
  openMenu: 'Spelling suggestions for the word at the caret',
  noMisspelling: 'No misspelled words in the article',
  added: '{{word}} was added to the newsroom dictionary',
};

export const spellingMessages: MessageBundle = { key: 'spelling', he, en };
