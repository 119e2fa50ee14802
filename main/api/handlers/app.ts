// Handlers of the app and settings calls.
import { DEFAULT_UI_SETTINGS, type AppInfo, type UiSettings } from '../../../shared/model/settings.js';
import { savingPolicyOf, type PersonSettings } from '../../services/settings/settingsStore.js';
import type { Services } from '../../services/services.js';
import type { HandlersOf } from '../dispatcher.js';
import type { appCalls } from '../../../shared/api/calls/app.js';

export interface ShellInfo {
  shell: AppInfo['shell'];
  version: string;
}

/** What the window may see of the person's settings. */
function visible(s: PersonSettings): UiSettings {
  const { language, theme, recent, session, nextRepo } = { ...DEFAULT_UI_SETTINGS, ...s };
  return { language, theme, recent, session, nextRepo, saving: savingPolicyOf(s) };
}

export function appHandlers(services: Services, shell: ShellInfo): HandlersOf<typeof appCalls> {
  const { settings, layout } = services;
  return {
    'app.info': () => ({ ...shell, repoDir: layout.root, settingsSetAside: settings.setAside ?? null }),
    'settings.get': () => visible(settings.get()),
    'settings.set': (patch) => visible(settings.update(patch)),
  };
}
