// The person's settings that the renderer may read and change, and facts about the running app.

export const UI_LANGUAGES = ['he', 'en'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

export interface UiSettings {
  language: UiLanguage;
}

export const DEFAULT_UI_SETTINGS: UiSettings = { language: 'he' };

export interface AppInfo {
  version: string;
  shell: 'electron' | 'browser';
  repoDir: string;
}
