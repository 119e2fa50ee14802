// Building the search index as long work: its progress is told as it goes, it can be cancelled
// (the saved index is left as it was and search says it is not built), and built again.
import { access, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ArticleStore } from '../../../main/services/articles/articleStore.js';
import { openRepository } from '../../../main/services/repository.js';
import { SearchHost } from '../../../main/services/search/searchHost.js';
import { SearchNotReadyError, SearchService } from '../../../main/services/search/searchService.js';
import { articleDoc, para } from '../../support/docs.js';
import { withTempDir } from '../../support/tempDir.js';
import { buildSearchWorker } from '../../support/searchWorker.js';

const exists = (path: string) =>
  access(path).then(
    () => true,
    () => false,
  );

/** A repository of `n` articles, each with its own word `מילהN` and the shared word `ירושלים`. */
async function repoOf(dir: string, n: number) {
  const { layout } = await openRepository(join(dir, 'repo'));
  const store = new ArticleStore(layout);
  await store.open();
  for (let i = 0; i < n; i++) {
    const a = await store.create();
    await store.save(a.id, 0, articleDoc(`כתבה ${i}`, [para(`בירושלים נפתחה תערוכה מספר מילה${i}`)]));
  }
  return { layout, store };
}

describe('building the search index', () => {
  it('tells its progress from nothing to every article, never backwards', async () => {
    await withTempDir(async (dir) => {
      const { layout, store } = await repoOf(dir, 12);
      const stamps = Object.fromEntries(store.list().map((a) => [a.id, `${a.revision}@${a.updatedAt}`]));
      const told: [number, number][] = [];
      const report = await new SearchHost().handle({ type: 'open', indexFile: layout.searchIndexFile, articlesDir: layout.articlesDir, stamps }, (done, total) => told.push([done, total]));
      expect(report).toMatchObject({ loaded: false, reindexed: 12 });
      expect(told[0]).toEqual([0, 12]);
      expect(told.at(-1)).toEqual([12, 12]);
      for (let i = 1; i < told.length; i++) expect(told[i]![0]).toBeGreaterThanOrEqual(told[i - 1]![0]);
      await store.close();
    });
  });

  it('can be cancelled in its worker, leaves no index behind, refuses search, and builds again on request', async () => {
    await withTempDir(async (dir) => {
      const workerPath = await buildSearchWorker(dir);
      const { layout, store } = await repoOf(dir, 40);
      await rm(layout.searchIndexFile, { force: true });

      const search = await SearchService.open(layout, store, { workerPath });
      expect(['loading', 'building']).toContain(search.status().state);
      expect(await search.cancel()).toMatchObject({ state: 'cancelled' });
      await expect(search.search('ירושלים')).rejects.toBeInstanceOf(SearchNotReadyError);
      expect(await exists(layout.searchIndexFile)).toBe(false);
      // A save meanwhile is not lost: the next build reads what changed.
      const late = await store.create();
      await store.save(late.id, 0, articleDoc('מאוחרת', [para('כתבה שנשמרה בלי אינדקס קונסורציום')]));

      expect(['loading', 'building']).toContain((await search.build()).state);
      await search.ready;
      expect(search.status()).toEqual({ state: 'ready', done: 41, total: 41 });
      expect(await search.search('ירושלים', 100)).toHaveLength(40);
      expect((await search.search('קונסורציום')).map((r) => r.id)).toEqual([late.id]);
      expect(await search.build()).toMatchObject({ state: 'ready' }); // nothing to do
      // Rebuilt from the articles alone: every article is read again, none is lost.
      expect(['loading', 'building']).toContain((await search.rebuild()).state);
      await search.ready;
      expect(search.status()).toEqual({ state: 'ready', done: 41, total: 41 });
      expect(await search.search('ירושלים', 100)).toHaveLength(40);
      await search.close();
      expect(await exists(layout.searchIndexFile)).toBe(true);
      await store.close();
    });
  });
});
