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

/**
 * How Ktav saves, within the bounds the desk relies on: a save always follows a pause within a
 * second, and there is always a crash journal; what the person chooses is how quick the save
 * is, how often a version is kept while editing, and how long daily versions are kept.
 */
export const AUTOSAVE_IDLE_CHOICES = [500, 700, 1000] as const;
export const VERSION_EVERY_CHOICES = [2, 5, 10, 15] as const;
/** Days daily versions are kept; 0 is for ever. Milestones (status changes) are always kept. */
export const KEEP_DAILY_CHOICES = [30, 90, 365, 0] as const;

const oneOf = <T extends number>(choices: readonly T[]) => z.number().refine((n): n is T => (choices as readonly number[]).includes(n), { message: `one of ${choices.join(', ')}` });

export const savingPolicySchema = z
  .object({
    autosaveIdleMs: oneOf(AUTOSAVE_IDLE_CHOICES),
    versionEveryMinutes: oneOf(VERSION_EVERY_CHOICES),
    keepDailyDays: oneOf(KEEP_DAILY_CHOICES),
  })
  .strict();
export type SavingPolicy = z.infer<typeof savingPolicySchema>;

export const DEFAULT_SAVING_POLICY: SavingPolicy = { autosaveIdleMs: 700, versionEveryMinutes: 5, keepDailyDays: 0 };

export interface UiSettings {
  language: UiLanguage;
  theme: Theme;
  /** Articles opened last, newest first (ids). */
  recent: string[];
  session: Session | null;
  /** The repository the next start opens (unless --repo or KTAV_REPO say otherwise). */
  nextRepo: string | null;
  saving: SavingPolicy;
}

export const DEFAULT_UI_SETTINGS: UiSettings = { language: 'he', theme: 'system', recent: [], session: null, nextRepo: null, saving: DEFAULT_SAVING_POLICY };

export const uiSettingsPatchSchema = z
  .object({
    language: z.enum(UI_LANGUAGES).optional(),
    theme: z.enum(THEMES).optional(),
    recent: z.array(z.string().max(64)).max(20).optional(),
    session: sessionSchema.nullable().optional(),
    nextRepo: z.string().min(1).max(4096).nullable().optional(),
    saving: savingPolicySchema.optional(),
  })
  .strict();

export interface AppInfo {
  version: string;
  shell: 'electron' | 'browser';
  repoDir: string;
  /** Where a damaged settings file was moved at this start (Ktav started with the defaults), or null. */
  settingsSetAside: string | null;
}
