// index.json, the derived list of the library: written a few hundred entries at a time (so the
// main thread never holds for long) and read back whole on the next start.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ArticleIndex, INDEX_FORMAT } from '../../../main/services/articles/articleIndex.js';
import type { ArticleSummary } from '../../../shared/model/article.js';
import { withTempDir } from '../../support/tempDir.js';

const summary = (id: string): ArticleSummary => ({
  id,
  headline: `כותרת ${id}`,
  lead: '',
  byline: '',
  slug: id,
  section: '',
  status: 'draft',
  updatedAt: '2026-01-01T00:00:00.000Z',
  words: 3,
  tags: ['"מרכאות"'],
  authors: [],
  createdAt: '2026-01-01T00:00:00.000Z',
  revision: 1,
});

describe('article index', () => {
  it('writes a large index in pieces that read back as one, and reuses it on the next load', async () => {
    await withTempDir(async (dir) => {
      const articles = join(dir, 'articles');
      await mkdir(articles);
      const ids = Array.from({ length: 600 }, (_, i) => `20260101-${String(i).padStart(8, '0')}`);
      for (const id of ids) await writeFile(join(articles, `${id}.json`), '{}');
      const indexFile = join(dir, 'index.json');

      const first = new ArticleIndex(indexFile, articles);
      expect((await first.load(async (id) => summary(id))).rebuilt).toBe(600);
      const stored = JSON.parse(await readFile(indexFile, 'utf8')) as { format: number; entries: Record<string, { summary: ArticleSummary }> };
      expect(stored.format).toBe(INDEX_FORMAT);
      expect(Object.keys(stored.entries).sort()).toEqual(ids);
      expect(stored.entries[ids[599]!]!.summary).toEqual(summary(ids[599]!));

      const again = new ArticleIndex(indexFile, articles);
      const loaded = await again.load(async () => {
        throw new Error('every entry should come from index.json');
      });
      expect(loaded.rebuilt).toBe(0);
      expect(loaded.damaged).toEqual([]);
      expect(again.list()).toHaveLength(600);
      expect(again.get(ids[300]!)).toEqual(summary(ids[300]!));
    });
  });

  it('keeps the newest-first list in order through saves and removals', async () => {
    await withTempDir(async (dir) => {
      const articles = join(dir, 'articles');
      await mkdir(articles);
      const at = (minute: number) => new Date(Date.UTC(2026, 0, 1, 0, minute)).toISOString();
      const ids = Array.from({ length: 50 }, (_, i) => `20260101-${String(i).padStart(8, '0')}`);
      for (const id of ids) await writeFile(join(articles, `${id}.json`), '{}');
      const index = new ArticleIndex(join(dir, 'index.json'), articles);
      await index.load(async (id) => ({ ...summary(id), updatedAt: at(Number(id.slice(-2)) * 7 % 50) }));
      const expectSorted = () => {
        const fresh = index.list().sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0));
        expect(index.newestFirst().map((s) => s.updatedAt)).toEqual(fresh.map((s) => s.updatedAt));
        expect(new Set(index.newestFirst().map((s) => s.id))).toEqual(new Set(fresh.map((s) => s.id)));
      };
      expectSorted();
      await index.update({ ...summary(ids[3]!), updatedAt: at(100) });
      expect(index.newestFirst()[0]!.id).toBe(ids[3]);
      await index.update({ ...summary(ids[10]!), updatedAt: at(25) });
      index.remove(ids[20]!);
      expectSorted();
      expect(index.newestFirst()).toHaveLength(49);
      await index.flush();
    });
  });
});
