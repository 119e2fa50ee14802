// Publishing to a real WordPress on loopback, as an Author and as an Editor: the post's text,
// title, excerpt, slug, terms and pictures as WordPress keeps them; republishing updates the
// same post and re-uses the pictures.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir } from '../support/tempDir.js';
import { publishRepo, type PublishRepo } from '../support/wordpress/publishRepo.js';
import { startWordPress, type WordPressSite } from '../support/wordpress/site.js';

let site: WordPressSite;
let r: PublishRepo;
let cleanup: () => Promise<void>;

beforeAll(async () => {
  site = await startWordPress();
  const tmp = await makeTempDir();
  cleanup = tmp.cleanup;
  r = await publishRepo(tmp.dir);
  await r.addSite(site, 'author');
  await r.addSite(site, 'editor');
});
afterAll(async () => {
  await r?.services.close();
  await site?.stop();
  await cleanup?.();
});

interface Post {
  id: number;
  status: string;
  slug: string;
  link: string;
  featured_media: number;
  categories: number[];
  tags: number[];
  title: { raw: string };
  excerpt: { raw: string };
  content: { raw: string; rendered: string };
}

describe('publishing to WordPress', () => {
  it('publishes as an Author', async () => {
    const id = await r.newArticle();
    const outcome = await r.services.publish.publish({ articleId: id, site: 'author', status: 'publish', force: false, createCategory: true });
    console.log(JSON.stringify(outcome, null, 1).slice(0, 3000));
    expect(outcome.kind).toBe('published');
    if (outcome.kind !== 'published') return;
    const post = (await site.rest<Post>(`/wp/v2/posts/${outcome.published.postId}?context=edit`)).body;
    console.log(post.content.raw.slice(0, 3000));
    console.log(post.title.raw, post.excerpt.raw, post.slug, post.categories, post.tags, post.featured_media);
  });
});
