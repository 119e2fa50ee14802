// Strings of the editor's article panel, Hebrew first. Registered in renderer/i18n BUNDLES as `panel`.
import type { MessageBundle } from '../../../i18n';

const he = {
  title: 'חלונית הכתבה',
  toggle: 'חלונית הכתבה',
  tabs: 'תוכן החלונית',
  tab: { pictures: 'תמונות', details: 'פרטים', versions: 'גרסאות' },
  proofing: 'הגהה',
  show: 'הצגת חלונית הכתבה',
  showPictures: 'חלונית הכתבה: תמונות',
  showDetails: 'חלונית הכתבה: פרטים',
  showVersions: 'חלונית הכתבה: גרסאות',
  keepVersion: 'שמירת גרסה',
};

const en: typeof he = {
  title: 'Article panel',
  toggle: 'Article panel',
  tabs: 'Panel contents',
  tab: { pictures: 'Pictures', details: 'Details', versions: 'Versions' },
  proofing: 'Proofing',
  show: 'Show the article panel',
  showPictures: 'Article panel: pictures',
  showDetails: 'Article panel: details',
  showVersions: 'Article panel: versions',
  keepVersion: 'Keep a version',
};

export const panelMessages: MessageBundle = { key: 'panel', he, en };
