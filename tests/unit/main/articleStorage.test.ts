import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleDoc, para } from '../../support/docs.js';
import { openTestRepo } from '../../support/repo.js';
import { withTempDir } from '../../support/tempDir.js';

describe('article storage', () => {
  it('saving twice in a row keeps the newer text and survives reopening', async () => {
    await withTempDir(async (dir) => {
      const s = await openTestRepo(dir);
      const a = await s.articles.create();
      const r1 = await s.articles.save(a.id, 0, articleDoc('כותרת ראשונה', [para('טקסט')]));
      await s.articles.save(a.id, r1.revision, articleDoc('כותרת שנייה', [para('טקסט חדש')]));
      await s.close();
      const again = await openTestRepo(dir);
      expect(again.articles.list()[0]).toMatchObject({ headline: 'כותרת שנייה', revision: 2 });
      expect(JSON.stringify((await again.articles.get(a.id)).doc)).toContain('טקסט חדש');
      await again.close();
    });
  });

  it('a save based on an old revision is refused and kept as a conflict copy', async () => {
    await withTempDir(async (dir) => {
      const s = await openTestRepo(dir);
      const a = await s.articles.create();
      await s.articles.save(a.id, 0, articleDoc('מהחלון הראשון', [para('')]));
      const stale = s.articles.save(a.id, 0, articleDoc('מהחלון השני', [para('')]));
      await expect(stale).rejects.toMatchObject({ code: 'conflict' });
      const copies = await readdir(join(dir, 'conflicts'));
      expect(copies).toHaveLength(1);
      expect(await readFile(join(dir, 'conflicts', copies[0]!), 'utf8')).toContain('מהחלון השני');
      expect(JSON.stringify((await s.articles.get(a.id)).doc)).toContain('מהחלון הראשון');
      await s.close();
    });
  });

  it('a file changed on disk by another program with the same revision is never overwritten', async () => {
    await withTempDir(async (dir) => {
      const s = await openTestRepo(dir);
      const a = await s.articles.create();
      const loaded = await s.articles.get(a.id);
      // A sync tool puts a different text in place without touching the revision.
      const path = join(dir, 'articles', `${a.id}.json`);
      const foreign = JSON.parse(await readFile(path, 'utf8'));
      foreign.doc = articleDoc('נכתב במחשב אחר', [para('')]);
      await writeFile(path, JSON.stringify(foreign));
      await expect(s.articles.save(a.id, loaded.revision, articleDoc('שלי', [para('')]))).rejects.toMatchObject({ code: 'conflict' });
      // Retrying blindly is refused too, until the person looks at the disk's text.
      await expect(s.articles.save(a.id, loaded.revision, articleDoc('שלי', [para('')]))).rejects.toMatchObject({ code: 'conflict' });
      expect(await readFile(path, 'utf8')).toContain('נכתב במחשב אחר');
      const seen = await s.articles.get(a.id);
      await s.articles.save(a.id, seen.revision, articleDoc('שלי אחרי שראיתי', [para('')]));
      expect(await readFile(path, 'utf8')).toContain('שלי אחרי שראיתי');
      await s.close();
    });
  });

  it('damaged files are reported by name and moved aside; the rest opens', async () => {
    await withTempDir(async (dir) => {
      const s = await openTestRepo(dir);
      const good = await s.articles.create();
      await s.articles.save(good.id, 0, articleDoc('כתבה תקינה', [para('')]));
      await s.close();
      const articles = join(dir, 'articles');
      const valid = await readFile(join(articles, `${good.id}.json`), 'utf8');
      await writeFile(join(articles, '20260101-truncat1.json'), valid.slice(0, valid.length / 2));
      await writeFile(join(articles, '20260101-badjson1.json'), '{ not json');
      await writeFile(join(articles, '20260101-schema01.json'), JSON.stringify({ format: 1, id: 'x', hello: true }));
      const again = await openTestRepo(dir);
      expect(again.damaged.map((d) => d.file).sort()).toEqual(['20260101-badjson1.json', '20260101-schema01.json', '20260101-truncat1.json']);
      expect(again.articles.list().map((a) => a.headline)).toEqual(['כתבה תקינה']);
      expect((await readdir(join(dir, 'quarantine'))).length).toBe(3);
      expect((await readdir(articles)).filter((n) => n.endsWith('.json'))).toEqual([`${good.id}.json`]);
      await again.close();
    });
  });

  it('a missing or damaged index.json is rebuilt from the article files', async () => {
    await withTempDir(async (dir) => {
      const s = await openTestRepo(dir);
      for (const h of ['אחת', 'שתיים', 'שלוש']) {
        const a = await s.articles.create();
        await s.articles.save(a.id, 0, articleDoc(h, [para('גוף')]));
      }
      await s.close();
      await writeFile(join(dir, 'index.json'), '{"format":2,"entr');
      const again = await openTestRepo(dir);
      expect(again.articles.list().map((a) => a.headline).sort()).toEqual(['אחת', 'שלוש', 'שתיים']);
      await again.close();
      expect(JSON.parse(await readFile(join(dir, 'index.json'), 'utf8')).format).toBe(2);
    });
  });

  it('trash: deleting moves the article aside; restore brings it back; emptying removes it', async () => {
    await withTempDir(async (dir) => {
      const s = await openTestRepo(dir);
      const a = await s.articles.create();
      await s.articles.save(a.id, 0, articleDoc('למחיקה', [para('')]));
      await s.articles.trash(a.id);
      expect(s.articles.list()).toEqual([]);
      expect((await s.articles.listTrash()).map((t) => t.headline)).toEqual(['למחיקה']);
      await s.articles.restoreFromTrash(a.id);
      expect(s.articles.list().map((t) => t.headline)).toEqual(['למחיקה']);
      await s.articles.trash(a.id);
      expect(await s.articles.emptyTrash()).toBe(1);
      expect(await s.articles.listTrash()).toEqual([]);
      await s.close();
    });
  });

  it('metadata: a status change keeps a version; an edited slug sticks when the headline changes', async () => {
    await withTempDir(async (dir) => {
      const s = await openTestRepo(dir);
      const a = await s.articles.create();
      const r = await s.articles.save(a.id, 0, articleDoc('ראש העירייה חנך פארק', [para('')]));
      expect((await s.articles.get(a.id)).meta.slug).toBe('ראש-העירייה-חנך-פארק');
      const m = await s.articles.setMeta(a.id, r.revision, { slug: 'park-opening', section: 'חדשות', tags: ['פארקים'], status: 'ready' });
      await s.articles.save(a.id, m.revision, articleDoc('כותרת אחרת לגמרי', [para('')]));
      const file = await s.articles.get(a.id);
      expect(file.meta).toMatchObject({ slug: 'park-opening', section: 'חדשות', tags: ['פארקים'], status: 'ready' });
      const versions = await s.articles.versions.list(a.id);
      expect(versions.filter((v) => v.reason === 'status')).toHaveLength(1);
      await s.close();
    });
  });
});
