// The browser shell's settings: `<dir>/settings.json` through `conf`, the library electron-store
// is built on, so the file is the one the Electron shell keeps.
import Conf from 'conf';
import { DEFAULT_UI_SETTINGS } from '../../../shared/model/settings.js';
import { setAsideDamagedSettings } from './damagedSettings.js';
import type { PersonSettings, SettingsStore } from './settingsStore.js';

/** Settings in `<dir>/settings.json`, through `conf` (the library electron-store is built on). */
export class ConfSettings implements SettingsStore {
  private readonly conf: Conf<PersonSettings>;
  readonly setAside: string | null;
  constructor(dir: string) {
    this.setAside = setAsideDamagedSettings(dir);
    this.conf = new Conf<PersonSettings>({ cwd: dir, configName: 'settings', defaults: { ...DEFAULT_UI_SETTINGS } });
  }
  get(): PersonSettings {
    return { ...DEFAULT_UI_SETTINGS, ...this.conf.store };
  }
  update(patch: Partial<PersonSettings>): PersonSettings {
    for (const [key, value] of Object.entries(patch)) {
      if (value !== undefined) this.conf.set(key as keyof PersonSettings, value);
    }
    return this.get();
  }
}
