// What `ktav` prints for people, in the person's language (the settings' language, as in the
// app): the same tables and the same translation as the dispatcher's.
import { inWords, type Unsaid } from '../../shared/i18n/translate.js';
import type { UiLanguage } from '../../shared/model/settings.js';
import { userDataDir } from '../paths.js';
import { readSettingsFile } from '../services/settings/settingsFile.js';

let language: UiLanguage | null = null;

/** The language of the person's settings; Hebrew when they cannot be read. */
export function personLanguage(): UiLanguage {
  language ??= readSettingsFile(userDataDir()).language === 'en' ? 'en' : 'he';
  return language;
}

/** A service's value with its Phrases and per-item KtavErrors put into words. */
export function said<T>(value: Unsaid<T>): T {
  return inWords(value, personLanguage());
}
