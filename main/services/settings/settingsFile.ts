// The person's settings as the command line reads them: the same `<dir>/settings.json` that the
// shells keep, read once with plain JSON. The command line never changes settings, so it needs
// neither conf's schema nor its file watching (a tenth of a second at every start).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_UI_SETTINGS } from '../../../shared/model/settings.js';
import { MemorySettings, type PersonSettings } from './settingsStore.js';

/** The settings in `<dir>/settings.json`; the defaults for a missing, unreadable or damaged file. */
export function readSettingsFile(dir: string): PersonSettings {
  try {
    const stored: unknown = JSON.parse(readFileSync(join(dir, 'settings.json'), 'utf8'));
    if (stored && typeof stored === 'object' && !Array.isArray(stored)) return { ...DEFAULT_UI_SETTINGS, ...(stored as Partial<PersonSettings>) };
  } catch {
    // Missing or damaged: the defaults, as conf itself would start from.
  }
  return { ...DEFAULT_UI_SETTINGS };
}

/** A snapshot of the settings file; changes stay in memory (no command changes settings). */
export function settingsFromFile(dir: string): MemorySettings {
  return new MemorySettings(readSettingsFile(dir));
}
