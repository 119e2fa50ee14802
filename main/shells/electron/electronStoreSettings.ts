// The person's settings in electron-store, behind the interface the services use.
import { app } from 'electron';
import Store from 'electron-store';
import { setAsideDamagedSettings } from '../../services/settings/damagedSettings.js';
import { DEFAULT_UI_SETTINGS } from '../../../shared/model/settings.js';
import type { PersonSettings, SettingsStore } from '../../services/settings/settingsStore.js';

export class ElectronStoreSettings implements SettingsStore {
  /** Set aside before electron-store opens the file (in Electron's user data folder, where it keeps it). */
  readonly setAside = setAsideDamagedSettings(app.getPath('userData'));
  private readonly store = new Store<PersonSettings>({ name: 'settings', defaults: { ...DEFAULT_UI_SETTINGS } });
  get(): PersonSettings {
    return { ...DEFAULT_UI_SETTINGS, ...this.store.store };
  }
  /** Calls `listener` when the interface language changes (the native menu follows it). */
  onLanguageChange(listener: (language: PersonSettings['language']) => void): void {
    this.store.onDidChange('language', (value) => {
      if (value) listener(value);
    });
  }

  update(patch: Partial<PersonSettings>): PersonSettings {
    for (const [key, value] of Object.entries(patch)) {
      if (value !== undefined) this.store.set(key as keyof PersonSettings, value);
    }
    return this.get();
  }
}
