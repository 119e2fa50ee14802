// The person's settings that the window may read and change, and facts about the running app.
import { z } from 'zod';

export const UI_LANGUAGES = ['he', 'en'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

/** Where the person left off, to reopen it after a restart. */
export const sessionSchema = z
  .object({
    screen: z.enum(['library', 'editor', 'media', 'export', 'settings']),
    articleId: z.string().max(64).nullable(),
    scrollTop: z.number().nonnegative().max(1e8),
    caret: z.number().int().nonnegative().max(1e8),
  })
  .strict();
export type Session = z.infer<typeof sessionSchema>;

export interface UiSettings {
  language: UiLanguage;
  theme: Theme;
  /** Articles opened last, newest first (ids). */
  recent: string[];
  session: Session | null;
  /** The repository the next start opens (unless --repo or KTAV_REPO say otherwise). */
  nextRepo: string | null;
}

export const DEFAULT_UI_SETTINGS: UiSettings = { language: 'he', theme: 'system', recent: [], session: null, nextRepo: null };

export const uiSettingsPatchSchema = z
  .object({
    language: z.enum(UI_LANGUAGES).optional(),
    theme: z.enum(THEMES).optional(),
    recent: z.array(z.string().max(64)).max(20).optional(),
    session: sessionSchema.nullable().optional(),
    nextRepo: z.string().min(1).max(4096).nullable().optional(),
  })
  .strict();

export interface AppInfo {
  version: string;
  shell: 'electron' | 'browser';
  repoDir: string;
}
