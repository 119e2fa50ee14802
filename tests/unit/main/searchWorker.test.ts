// The search index in its worker thread, as the app runs it: built from the real worker entry,
// loaded off the main thread, kept in step with saves, and persisted for the next start.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createServices } from '../../../main/services/services.js';
import { MemorySettings } from '../../../main/services/settings/settingsStore.js';
import { articleDoc, para } from '../../support/docs.js';
import { withTempDir } from '../../support/tempDir.js';
import { buildSearchWorker } from '../../support/searchWorker.js';

describe('search in a worker thread', () => {
  it('answers queries, follows saves and reloads its persisted index', async () => {
    await withTempDir(async (dir) => {
      const workerPath = await buildSearchWorker(dir);
      const open = () => createServices(join(dir, 'repo'), new MemorySettings(), { search: { workerPath } });
      const s = await open();
      const a = await s.articles.create();
      await s.articles.save(a.id, 0, articleDoc('הפגנה', [para('אלפים הפגינו ובירושלים נחסמו כבישים')]));
      const results = await s.search.search('ירושלים');
      expect(results.map((r) => r.id)).toEqual([a.id]);
      expect(results[0]!.snippet.find((p) => p.hit)?.text).toBe('ובירושלים');
      await s.close();

      const again = await open();
      expect(await again.search.ready).toMatchObject({ loaded: true, reindexed: 0 });
      expect(await again.search.search('כבישים')).toHaveLength(1);
      await again.close();
    });
  });
});
