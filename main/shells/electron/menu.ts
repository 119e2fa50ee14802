// The native menu, in the person's language: Ktav's own commands, then the usual editing,
// view and window items. Commands go to the renderer as `menu.command` events.
import { Menu, type MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../../shared/api/contract.js';
import type { UiLanguage } from '../../../shared/model/settings.js';

const LABELS = {
  he: {
    file: 'קובץ',
    newArticle: 'כתבה חדשה',
    importFiles: 'ייבוא קבצים…',
    export: 'ייצוא',
    library: 'מאגר הכתבות',
    edit: 'עריכה',
    undo: 'ביטול',
    redo: 'ביצוע חוזר',
    cut: 'גזירה',
    copy: 'העתקה',
    paste: 'הדבקה',
    selectAll: 'בחירת הכול',
    view: 'תצוגה',
    zoomIn: 'הגדלה',
    zoomOut: 'הקטנה',
    resetZoom: 'גודל רגיל',
    fullscreen: 'מסך מלא',
    window: 'חלון',
    minimize: 'מזעור',
    close: 'סגירה',
    quit: 'יציאה',
  },
  en: {
    file: 'File',
    newArticle: 'New article',
    importFiles: 'Import files…',
    export: 'Export',
    library: 'Article library',
    edit: 'Edit',
    undo: 'Undo',
    redo: 'Redo',
    cut: 'Cut',
    copy: 'Copy',
    paste: 'Paste',
    selectAll: 'Select all',
    view: 'View',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    resetZoom: 'Actual size',
    fullscreen: 'Full screen',
    window: 'Window',
    minimize: 'Minimize',
    close: 'Close',
    quit: 'Quit',
  },
} as const;

export function menuTemplate(lang: UiLanguage, send: (command: MenuCommand) => void): MenuItemConstructorOptions[] {
  const t = LABELS[lang];
  return [
    {
      label: t.file,
      submenu: [
        { label: t.newArticle, accelerator: 'CmdOrCtrl+N', click: () => send('article.new') },
        { label: t.importFiles, accelerator: 'CmdOrCtrl+O', click: () => send('article.import') },
        { label: t.library, accelerator: 'CmdOrCtrl+L', click: () => send('view.library') },
        { label: t.export, accelerator: 'CmdOrCtrl+E', click: () => send('article.export') },
        { type: 'separator' },
        { label: t.quit, role: 'quit' },
      ],
    },
    {
      label: t.edit,
      submenu: [
        { label: t.undo, role: 'undo' },
        { label: t.redo, role: 'redo' },
        { type: 'separator' },
        { label: t.cut, role: 'cut' },
        { label: t.copy, role: 'copy' },
        { label: t.paste, role: 'paste' },
        { label: t.selectAll, role: 'selectAll' },
      ],
    },
    {
      label: t.view,
      submenu: [
        { label: t.zoomIn, role: 'zoomIn' },
        { label: t.zoomOut, role: 'zoomOut' },
        { label: t.resetZoom, role: 'resetZoom' },
        { type: 'separator' },
        { label: t.fullscreen, role: 'togglefullscreen' },
      ],
    },
    {
      label: t.window,
      submenu: [
        { label: t.minimize, role: 'minimize' },
        { label: t.close, role: 'close' },
      ],
    },
  ];
}

export function installMenu(lang: UiLanguage, send: (command: MenuCommand) => void): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(lang, send)));
}
