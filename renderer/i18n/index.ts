// i18next set up with Hebrew first. Components use `useTranslation()`; no literal UI text.
import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { UiLanguage } from '../../shared/model/settings';
import { he } from './he';
import { en } from './en';

export const i18n: I18n = i18next.createInstance();

export async function initI18n(language: UiLanguage): Promise<void> {
  await i18n.use(initReactI18next).init({
    resources: { he: { translation: he }, en: { translation: en } },
    lng: language,
    fallbackLng: 'he',
    interpolation: { escapeValue: false }, // React escapes
    returnNull: false,
  });
  applyDocumentLanguage(language);
}

/** The window follows the interface language: Hebrew right-to-left, English left-to-right. */
export function applyDocumentLanguage(language: UiLanguage): void {
  document.documentElement.lang = language;
  document.documentElement.dir = language === 'he' ? 'rtl' : 'ltr';
  document.title = language === 'he' ? 'כתב' : 'Ktav';
}

export async function changeLanguage(language: UiLanguage): Promise<void> {
  await i18n.changeLanguage(language);
  applyDocumentLanguage(language);
}
