import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { versionsToDrop, type VersionStamp } from '../../../main/services/history/thinning.js';
import { articleDoc, para } from '../../support/docs.js';
import { openTestRepo } from '../../support/repo.js';
import { openRepository } from '../../../main/services/repository.js';
import { ArticleStore } from '../../../main/services/articles/articleStore.js';
import { MemorySettings, savingPolicyOf } from '../../../main/services/settings/settingsStore.js';
import { DEFAULT_SAVING_POLICY } from '../../../shared/model/settings.js';
import { withTempDir } from '../../support/tempDir.js';

const NOW = new Date('2026-11-27T12:00:00Z');
const ago = (minutes: number, reason: VersionStamp['reason'] = 'periodic'): VersionStamp => ({
  name: `v${minutes}`,
  savedAt: new Date(NOW.getTime() - minutes * 60_000).toISOString(),
  reason,
});

describe('version thinning', () => {
  it('keeps everything from the last hour', () => {
    expect(versionsToDrop([ago(1), ago(5), ago(10), ago(59)], NOW)).toEqual([]);
  });

  it('keeps the newest of each hour for a day, and of each day after that', () => {
    // At 12:00: 10:59, 10:45 and 10:01 share the 10:xx hour; 09:10 and 09:00 the 09:xx hour; two days ago two share a day.
    const versions = [ago(61), ago(75), ago(119), ago(3 * 60), ago(3 * 60 - 10), ago(2 * 1440 + 5), ago(2 * 1440 + 60), ago(5 * 1440)];
    const drop = versionsToDrop(versions, NOW);
    expect(drop.sort()).toEqual(['v119', 'v180', 'v2940', 'v75'].sort());
  });

  it('drops versions older than the policy keeps, but never a milestone', () => {
    const versions = [ago(10), ago(2 * 1440), ago(40 * 1440), ago(40 * 1440 + 5, 'status'), ago(400 * 1440)];
    expect(versionsToDrop(versions, NOW, 30).sort()).toEqual(['v57600', 'v576000'].sort());
    expect(versionsToDrop(versions, NOW, 365)).toEqual(['v576000']);
    expect(versionsToDrop(versions, NOW, 0)).toEqual([]); // for ever
  });

  it('never thins versions kept for a status change', () => {
    expect(versionsToDrop([ago(3 * 1440, 'status'), ago(3 * 1440 + 1, 'status'), ago(3 * 1440 + 2)], NOW)).toEqual([]);
  });
});

describe('versions', () => {
  it('Ctrl+S keeps a version; restoring one keeps the replaced text as a version too', async () => {
    await withTempDir(async (dir) => {
      const s = await openTestRepo(dir);
      const a = await s.articles.create();
      const r1 = await s.articles.save(a.id, 0, articleDoc('נוסח ראשון', [para('פסקה ראשונה')]));
      const first = await s.articles.keepVersion(a.id);
      await s.articles.save(a.id, r1.revision, articleDoc('נוסח שני', [para('פסקה אחרת')]));
      const restored = await s.articles.restoreVersion(a.id, first.name);
      expect(JSON.stringify(restored.doc)).toContain('פסקה ראשונה');
      expect(restored.revision).toBe(3);
      const reasons = (await s.articles.versions.list(a.id)).map((v) => v.reason);
      expect(reasons).toEqual(expect.arrayContaining(['explicit', 'before-restore', 'restored']));
      const before = (await s.articles.versions.list(a.id)).find((v) => v.reason === 'before-restore')!;
      expect(before.headline).toBe('נוסח שני');
      // Undoing the restore is restoring the version it made.
      const undone = await s.articles.restoreVersion(a.id, before.name);
      expect(JSON.stringify(undone.doc)).toContain('פסקה אחרת');
      await s.close();
    });
  });
});

describe('the saving policy', () => {
  it('keeps a periodic version at the interval the person chose, read at each save', async () => {
    await withTempDir(async (dir) => {
      let now = new Date('2026-11-27T09:00:00Z');
      const settings = new MemorySettings({ language: 'he' });
      const { layout } = await openRepository(dir);
      const store = new ArticleStore(layout, () => now, () => savingPolicyOf(settings.get()));
      await store.open();
      const a = await store.create();
      let revision = 0;
      const saveAfter = async (minutes: number, text: string) => {
        now = new Date(now.getTime() + minutes * 60_000);
        revision = (await store.save(a.id, revision, articleDoc(text, [para(text)]))).revision;
      };
      await saveAfter(0, 'ראשון'); // the first save keeps a version
      await saveAfter(3, 'שני'); // 3 minutes: under the default 5
      expect((await store.versions.list(a.id)).length).toBe(1);
      settings.update({ saving: { ...DEFAULT_SAVING_POLICY, versionEveryMinutes: 2 } });
      await saveAfter(0, 'שלישי'); // 3 minutes since the last version: over 2
      expect((await store.versions.list(a.id)).map((v) => v.headline)).toEqual(['שלישי', 'ראשון']);
      await store.close();
    });
  });

  it('a stored policy that is partial or impossible falls back field by field', () => {
    expect(savingPolicyOf({})).toEqual(DEFAULT_SAVING_POLICY);
    const damaged = { saving: { autosaveIdleMs: 90_000, versionEveryMinutes: 10, keepDailyDays: 'x' } } as unknown as Parameters<typeof savingPolicyOf>[0];
    expect(savingPolicyOf(damaged)).toEqual({ ...DEFAULT_SAVING_POLICY, versionEveryMinutes: 10 });
  });
});

describe('crash journal', () => {
  it('a journaled edit that was never saved is there after reopening, and restoring saves it', async () => {
    await withTempDir(async (dir) => {
      const s = await openTestRepo(dir);
      const a = await s.articles.create();
      const r = await s.articles.save(a.id, 0, articleDoc('נשמר', [para('טקסט שמור')]));
      await s.articles.recordJournal(a.id, r.revision, articleDoc('נשמר', [para('טקסט שמור ועוד מילים שלא נשמרו')]));
      // The process dies here: no close(), no save.
      const again = await openTestRepo(dir);
      const entries = await again.articles.journal.entries();
      expect(entries).toHaveLength(1);
      expect(entries[0]).toMatchObject({ id: a.id, baseRevision: r.revision });
      const restored = await again.articles.restoreJournal(a.id);
      expect(JSON.stringify(restored.doc)).toContain('ועוד מילים שלא נשמרו');
      expect(await again.articles.journal.entries()).toEqual([]);
      await again.close();
    });
  });

  it('a save clears the journal of its article, even when the journal was written just before', async () => {
    await withTempDir(async (dir) => {
      const s = await openTestRepo(dir);
      const a = await s.articles.create();
      const doc = articleDoc('כותרת', [para('מילים')]);
      const journaled = s.articles.recordJournal(a.id, 0, doc);
      const saved = s.articles.save(a.id, 0, doc);
      await Promise.all([journaled, saved]);
      expect(await readdir(join(dir, 'journal'))).toEqual([]);
      await s.close();
    });
  });
});
