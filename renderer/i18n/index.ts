// i18next set up with Hebrew first. Components use `useTranslation()`; no literal UI text.
import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { UiLanguage } from '../../shared/model/settings';
import { he } from './he';
import { en } from './en';
import { exportBundle } from '../features/export/exportMessages';
import { mediaBundle } from '../features/media/mediaMessages';
import { editingMessages } from '../features/editor/editorMessages';
import { libraryMessages } from '../features/library/libraryMessages';
import { articleMessages } from '../features/editor/articleMessages';
import { commandsMessages } from '../features/commands/commandsMessages';
import { settingsMessages } from '../features/settings/settingsMessages';
import { panelMessages } from '../features/editor/panel/panelMessages';
import { syncMessages } from '../features/sync/syncMessages';
import { publishMessages } from '../features/publish/publishMessages';
import { spellingMessages } from '../features/editor/spelling/spellingMessages';

/**
 * A feature's own strings, as `{ he, en }` with the same keys; each becomes a top-level
 * namespace of keys (`t('media.title')`). Hebrew first: it is the default language.
 */
export interface MessageBundle {
  key: string;
  he: Record<string, unknown>;
  en: Record<string, unknown>;
}

/** Feature bundles; a feature adds its bundle here. */
const BUNDLES: MessageBundle[] = [mediaBundle, editingMessages, libraryMessages, articleMessages, commandsMessages, settingsMessages, exportBundle, panelMessages, syncMessages, publishMessages, spellingMessages];

function merged(lang: 'he' | 'en'): Record<string, unknown> {
  const base: Record<string, unknown> = { ...(lang === 'he' ? he : en) };
  for (const b of BUNDLES) base[b.key] = b[lang];
  return base;
}

export const i18n: I18n = i18next.createInstance();

export async function initI18n(language: UiLanguage): Promise<void> {
  await i18n.use(initReactI18next).init({
    resources: { he: { translation: merged('he') }, en: { translation: merged('en') } },
    lng: language,
    fallbackLng: 'he',
    interpolation: { escapeValue: false }, // React escapes
    returnNull: false,
  });
  applyDocumentLanguage(language);
}

/** The window follows the interface language: Hebrew right-to-left, English left-to-right. */
function applyDocumentLanguage(language: UiLanguage): void {
  document.documentElement.lang = language;
  document.documentElement.dir = language === 'he' ? 'rtl' : 'ltr';
  document.title = language === 'he' ? 'כתב' : 'Ktav';
}

export async function changeLanguage(language: UiLanguage): Promise<void> {
  await i18n.changeLanguage(language);
  applyDocumentLanguage(language);
}
