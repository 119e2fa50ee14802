// The window's own actions: where to go, what to start, and the palette and sheet themselves.
import type { Action } from '../features/commands/actionRegistry';

export interface AppActionHandlers {
  newArticle: () => void;
  importFiles: () => void;
  library: () => void;
  media: () => void;
  settings: () => void;
  exportArticle: (() => void) | null;
  palette: () => void;
  shortcuts: () => void;
  language: (lang: 'he' | 'en') => void;
  toggleTheme: () => void;
  recent: { id: string; headline: string }[];
  openArticle: (id: string) => void;
  syncNow: () => void;
}

export function appActions(h: AppActionHandlers): Action[] {
  const app = 'commands.groupApp';
  const article = 'commands.groupArticle';
  const list: Action[] = [
    { id: 'app.palette', title: 'commands.openPalette', group: app, keys: 'Mod-k', moreKeys: ['Mod-Shift-p'], global: true, run: h.palette },
    { id: 'app.shortcuts', title: 'commands.showShortcuts', group: app, keys: 'F1', moreKeys: ['Mod-/'], global: true, run: h.shortcuts },
    { id: 'app.library', title: 'commands.goLibrary', group: app, keys: 'Mod-Shift-l', global: true, run: h.library },
    { id: 'app.media', title: 'commands.goMedia', group: app, keys: 'Mod-Shift-m', global: true, run: h.media },
    { id: 'app.settings', title: 'commands.goSettings', group: app, keys: 'Mod-,', global: true, run: h.settings },
    { id: 'app.hebrew', title: 'commands.languageHebrew', group: app, run: () => h.language('he') },
    { id: 'app.english', title: 'commands.languageEnglish', group: app, run: () => h.language('en') },
    { id: 'app.theme', title: 'commands.themeToggle', group: app, run: h.toggleTheme },
    { id: 'app.sync', title: 'sync.syncNow', group: app, run: h.syncNow },
    { id: 'article.new', title: 'commands.newArticle', group: article, keys: 'Mod-n', global: true, run: h.newArticle },
    { id: 'article.import', title: 'commands.importFiles', group: article, keys: 'Mod-o', global: true, run: h.importFiles },
  ];
  if (h.exportArticle) list.push({ id: 'article.export', title: 'commands.exportArticle', group: article, keys: 'Mod-e', global: true, run: h.exportArticle });
  for (const r of h.recent) {
    list.push({ id: `recent.${r.id}`, title: 'commands.openRecent', label: r.headline, group: 'commands.groupRecent', run: () => h.openArticle(r.id) });
  }
  return list;
}
