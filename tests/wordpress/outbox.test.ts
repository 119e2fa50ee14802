// The outbox against a real WordPress: the site stopped in the middle of a publish (after the
// first picture went up), and an answer lost after the site made the post. Each time the
// request waits in the outbox, survives a restart of Ktav, and is then sent exactly once: one
// post, one attachment per picture.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportMediaFrom } from '../../main/services/export/exportMedia.js';
import { PublishService } from '../../main/services/publish/publishService.js';
import { SiteStore } from '../../main/services/publish/siteStore.js';
import { attachmentSlug } from '../../main/services/publish/sitePictures.js';
import { FileSecrets } from '../../main/services/secrets/secretStore.js';
import { inWords } from '../../shared/i18n/translate.js';
import type { OutboxItemView } from '../../shared/model/publish.js';
import { openPublishSite, type PublishRepo } from '../support/wordpress/publishRepo.js';
import type { WordPressSite } from '../support/wordpress/site.js';
import { join } from 'node:path';
import { readdir } from 'node:fs/promises';

let site: WordPressSite;
let r: PublishRepo;
let close: (() => Promise<void>) | undefined;

beforeAll(async () => {
  ({ site, r, close } = await openPublishSite([['editor', 'האתר']]));
});
afterAll(() => close?.());

/**
 * The repository's publish service as the app builds it, with a fetch that lets a test act
 * between requests (stop the site, lose an answer); the requests themselves reach the real site.
 */
function service(fetchImpl: typeof fetch = fetch): PublishService {
  return new PublishService({ ...optionsFor(), fetch: fetchImpl });
}

function optionsFor(): ConstructorParameters<typeof PublishService>[0] {
  const s = r.services;
  return {
    articles: s.articles,
    media: exportMediaFrom(s.media),
    gate: (id) => s.exports.check(id),
    sites: new SiteStore(join(r.dataDir, 'sites.json'), new FileSecrets(join(r.dataDir, 'secrets.json'))),
    outboxDir: s.layout.outboxDir,
  };
}

const isRoute = (input: RequestInfo | URL, route: string) => new URL(String(input)).searchParams.get('rest_route') === route;

async function countOnSite(articleId: string) {
  const slug = (await r.services.articles.get(articleId)).meta.slug;
  const posts = (await site.rest<unknown[]>(`/wp/v2/posts?slug=${encodeURIComponent(slug)}&status=publish,future,draft,pending,private&context=edit`)).body.length;
  const media = [];
  for (const id of [r.imageA, r.imageB]) media.push((await site.rest<unknown[]>(`/wp/v2/media?slug=${attachmentSlug(r.services.media.library.get(id))}`)).body.length);
  return { posts, media };
}

describe('the outbox', () => {
  it('keeps a publish the stopped site broke off after the first picture, and sends it once when the site is back', async () => {
    const articleId = await r.newArticle({ section: 'סביבה', tags: [] });
    let uploads = 0;
    const breaking: typeof fetch = async (input, init) => {
      const answer = await fetch(input, init);
      if (!(isRoute(input, '/wp/v2/media') && init?.method === 'POST' && ++uploads === 1)) return answer;
      const body = await answer.arrayBuffer(); // the first picture's answer arrives whole; then the site goes
      await site.stop();
      return new Response(body, { status: answer.status, headers: answer.headers });
    };
    const first = service(breaking);
    const outcome = await first.publish({ articleId, site: 'האתר', status: 'publish', force: false, createCategory: true });
    expect(outcome.kind).toBe('queued');
    const [item] = inWords<OutboxItemView[]>(await first.outboxItems(), 'en');
    expect(item).toMatchObject({ articleId, site: 'האתר', state: 'waiting', attempts: 1, headline: 'ראש העירייה חנך את הפארק העירוני החדש בשכונת הדר' });
    expect(item!.lastError).toMatch(/Cannot reach/);
    expect(await readdir(r.services.layout.outboxDir)).toHaveLength(1);
    await first.close();

    // Ktav restarts; the site comes back.
    await r.reopen();
    await site.restart();
    const again = service();
    expect(await again.outboxItems()).toHaveLength(1);
    expect(await again.sendOutbox()).toEqual([]);
    expect(await countOnSite(articleId)).toEqual({ posts: 1, media: [1, 1] });
    const [record] = (await r.services.articles.get(articleId)).meta.published ?? [];
    expect(record?.status).toBe('publish');
    await again.close();
  });

  it('after an answer lost once the site had made the post, looks the post up and makes no second one', async () => {
    const articleId = await r.newArticle({ section: 'סביבה', tags: [] });
    const losing: typeof fetch = async (input, init) => {
      const answer = await fetch(input, init);
      if (isRoute(input, '/wp/v2/posts') && init?.method === 'POST') {
        await answer.arrayBuffer();
        await site.stop();
        throw new TypeError('fetch failed', { cause: Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }) });
      }
      return answer;
    };
    const first = service(losing);
    const outcome = await first.publish({ articleId, site: 'האתר', status: 'publish', force: false, createCategory: true });
    expect(outcome.kind).toBe('queued');
    await first.close();
    await site.restart();
    expect(await countOnSite(articleId)).toEqual({ posts: 1, media: [1, 1] }); // the site did make it

    const again = service();
    await again.sendOutbox();
    expect(await again.outboxItems()).toEqual([]);
    expect(await countOnSite(articleId)).toEqual({ posts: 1, media: [1, 1] });
    await again.close();
  });

  it('after a picture’s upload answer was lost, finds the attachment it made and uploads it no second time', async () => {
    await r.freshCredits();
    const articleId = await r.newArticle({ section: 'סביבה', tags: [] });
    let uploads = 0;
    const losing: typeof fetch = async (input, init) => {
      const answer = await fetch(input, init);
      if (isRoute(input, '/wp/v2/media') && init?.method === 'POST' && ++uploads === 2) {
        await answer.arrayBuffer(); // the site made the attachment; its answer never arrives
        throw new TypeError('fetch failed', { cause: Object.assign(new Error('other side closed'), { code: 'UND_ERR_SOCKET' }) });
      }
      return answer;
    };
    const first = service(losing);
    expect((await first.publish({ articleId, site: 'האתר', status: 'publish', force: false, createCategory: true })).kind).toBe('queued');
    await first.close();
    expect((await countOnSite(articleId)).media).toEqual([1, 1]);
    const again = service();
    await again.sendOutbox();
    expect(await again.outboxItems()).toEqual([]);
    expect(await countOnSite(articleId)).toEqual({ posts: 1, media: [1, 1] });
    const post = (await r.services.articles.get(articleId)).meta.published?.[0];
    const parents = await Promise.all(Object.values(post!.media).map(async (m) => (await site.rest<{ post: number }>(`/wp/v2/media/${m.id}`)).body.post));
    expect(parents).toEqual([post!.postId, post!.postId]); // both attached to the post, the found one too
    await again.close();
  });

  it('is sent by the app’s timer once the site is back', async () => {
    const articleId = await r.newArticle({ section: 'סביבה', tags: [] });
    await site.stop();
    const app = new PublishService({ ...optionsFor(), tickMs: 200, now: () => new Date(Date.now() + 3_600_000) }); // an hour on: every wait is over
    try {
      expect((await app.publish({ articleId, site: 'האתר', status: 'draft', force: false, createCategory: true })).kind).toBe('queued');
      await site.restart();
      let changes = 0;
      app.onChange(() => changes++);
      app.start();
      await expect.poll(async () => (await app.outboxItems()).length, { timeout: 60_000, interval: 200 }).toBe(0);
      expect(changes).toBeGreaterThan(0);
      expect((await r.services.articles.get(articleId)).meta.published?.[0]?.status).toBe('draft');
    } finally {
      await app.close();
    }
  });

  it('lists, and cancels, a request for a site that is not there', async () => {
    const articleId = await r.newArticle({ section: 'סביבה', tags: [] });
    await site.stop();
    try {
      const outcome = await r.services.publish.publish({ articleId, site: 'האתר', status: 'draft', force: false, createCategory: true });
      expect(outcome.kind).toBe('queued');
      const [item] = inWords<OutboxItemView[]>(await r.services.publish.outboxItems(), 'en');
      expect(item?.nextAttemptAt).not.toBeNull();
      expect(await r.services.publish.cancel(item!.id)).toEqual([]);
    } finally {
      await site.restart();
    }
  });
});
