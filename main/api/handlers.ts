// What each call of the contract does, in terms of the services.
import { DEFAULT_UI_SETTINGS } from '../../shared/model/settings.js';
import type { AppInfo } from '../../shared/model/settings.js';
import type { Services } from '../services/services.js';
import { exportArticleHtml } from '../services/export/htmlExport.js';
import type { Handlers } from './dispatcher.js';

export interface ShellInfo {
  shell: AppInfo['shell'];
  version: string;
}

export function createHandlers(services: Services, shell: ShellInfo): Handlers {
  const { articles, settings, layout } = services;
  return {
    'app.info': () => ({ ...shell, repoDir: layout.root }),
    'settings.get': () => ({ ...DEFAULT_UI_SETTINGS, language: settings.get().language }),
    'settings.set': (patch) => {
      const next = settings.update(patch);
      return { language: next.language };
    },
    'article.list': () => articles.list(),
    'article.create': () => articles.create(),
    'article.get': ({ id }) => articles.get(id),
    'article.save': ({ id, baseRevision, doc }) => articles.save(id, baseRevision, doc),
    'article.exportHtml': async ({ id }) => ({ path: await exportArticleHtml(await articles.get(id), layout.exportsDir) }),
  };
}
