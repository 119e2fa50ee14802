// Handlers of the app and settings calls.
import type { AppInfo } from '../../../shared/model/settings.js';
import type { Services } from '../../services/services.js';
import type { HandlersOf } from '../dispatcher.js';
import type { appCalls } from '../../../shared/api/calls/app.js';

export interface ShellInfo {
  shell: AppInfo['shell'];
  version: string;
}

export function appHandlers(services: Services, shell: ShellInfo): HandlersOf<typeof appCalls> {
  const { settings, layout } = services;
  return {
    'app.info': () => ({ ...shell, repoDir: layout.root }),
    'settings.get': () => ({ language: settings.get().language }),
    'settings.set': (patch) => ({ language: settings.update(patch).language }),
  };
}
