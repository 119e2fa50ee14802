// Handlers of the repository calls: versions, crash journal, trash, search, quarantine.
import { KtavError } from '../../../shared/api/errors.js';
import type { repositoryCalls } from '../../../shared/api/calls/repository.js';
import type { Services } from '../../services/services.js';
import { refusedAs } from '../../services/import/importService.js';
import { pendingRestores } from '../../services/journal/pendingRestores.js';
import { SearchNotReadyError } from '../../services/search/searchService.js';
import type { HandlersOf } from '../dispatcher.js';

export function repositoryHandlers(services: Services): HandlersOf<typeof repositoryCalls> {
  const { articles, search } = services;
  return {
    'history.list': ({ id }) => articles.versions.list(id),
    'history.get': async ({ id, name }) => {
      try {
        const { meta: _meta, ...version } = await articles.versions.get(id, name);
        return version;
      } catch {
        throw new KtavError('not-found', 'versionNotFound', { name });
      }
    },
    'history.restore': ({ id, name }) => articles.restoreVersion(id, name),
    'journal.pending': () => pendingRestores(articles),
    'journal.restore': ({ id }) => articles.restoreJournal(id),
    'journal.discard': async ({ id }) => {
      await articles.discardJournal(id);
      return null;
    },
    'trash.list': () => articles.listTrash(),
    'trash.restore': ({ id }) => articles.restoreFromTrash(id),
    'trash.empty': async () => ({ removed: await articles.emptyTrash() }),
    'search.query': async ({ query, limit }) => {
      try {
        return await search.search(query, limit);
      } catch (error) {
        if (error instanceof SearchNotReadyError) throw new KtavError('search-not-ready', 'searchNotReady');
        throw error;
      }
    },
    'search.status': () => search.status(),
    'search.cancel': () => search.cancel(),
    'search.build': () => search.build(),
    'search.rebuild': () => search.rebuild(),
    'repository.quarantined': () => services.damaged,
    'import.files': async ({ files }) => {
      const out = [];
      for (const f of files) out.push(await refusedAs(f.name, () => services.imports.importBytes(f.name, Buffer.from(f.base64, 'base64'))));
      return out;
    },
  };
}
