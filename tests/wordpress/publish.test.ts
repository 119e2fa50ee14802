// Publishing to a real WordPress on loopback, as an Author and as an Editor: the post's text,
// title, excerpt, slug, terms and pictures as WordPress keeps them; republishing updates the
// same post and re-uses the pictures; a post edited on the site is not overwritten unasked; a
// schedule across the date line of UTC; the Contributor, a wrong password, a site that is not
// WordPress and one that is not there, each told.
import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KtavError } from '../../shared/api/errors.js';
import type { ArticleFile } from '../../shared/model/article.js';
import { inWords } from '../../shared/i18n/translate.js';
import { attachmentSlug } from '../../main/services/publish/sitePictures.js';
import { openPublishSite, uniqueTag, type PublishRepo } from '../support/wordpress/publishRepo.js';
import { freePort, type WordPressSite } from '../support/wordpress/site.js';

let site: WordPressSite;
let r: PublishRepo;
let close: (() => Promise<void>) | undefined;

beforeAll(async () => {
  ({ site, r, close } = await openPublishSite([['author'], ['editor'], ['contributor']]));
});
afterAll(() => close?.());

interface Post {
  id: number;
  status: string;
  slug: string;
  link: string;
  date_gmt: string;
  modified_gmt: string;
  featured_media: number;
  categories: number[];
  tags: number[];
  title: { raw: string };
  excerpt: { raw: string };
  content: { raw: string };
}
interface Media {
  id: number;
  post: number;
  alt_text: string;
  caption: { raw: string };
  media_details: { image_meta: { credit: string; caption: string; copyright: string } };
}

const publish = (articleId: string, siteName: string, more: Record<string, unknown> = {}) =>
  r.services.publish.publish({ articleId, site: siteName, status: 'publish', force: false, createCategory: true, ...more });

async function published(articleId: string, siteName: string, more: Record<string, unknown> = {}) {
  const outcome = await publish(articleId, siteName, more);
  if (outcome.kind !== 'published') throw new Error(`not published: ${JSON.stringify(inWords(outcome, 'en'))}`);
  return outcome.published;
}

const post = async (id: number) => (await site.rest<Post>(`/wp/v2/posts/${id}?context=edit`)).body;
const mediaItem = async (id: number) => (await site.rest<Media>(`/wp/v2/media/${id}?context=edit`)).body;
const postsWithSlug = async (slug: string) => (await site.rest<Post[]>(`/wp/v2/posts?slug=${encodeURIComponent(slug)}&status=publish,future,draft,pending,private&context=edit`)).body;
const slugOf = async (articleId: string) => (await r.services.articles.get(articleId)).meta.slug;

const noFigures = (doc: ArticleFile['doc']) => ({ ...doc, content: doc.content.filter((b) => (b as { type: string }).type !== 'figure') });

describe('publishing to WordPress as an Author', () => {
  let articleId: string;
  let result: Awaited<ReturnType<typeof published>>;
  beforeAll(async () => {
    // Section and tags this site has never seen (an Editor's earlier run may have made the fixture's).
    const run = uniqueTag();
    articleId = await r.newArticle({ section: `חדשות ${run}`, tags: [`חיפה ${run}`, `פארקים ${run}`] });
    result = await published(articleId, 'author');
  });

  it('publishes the post with the direction markup WordPress keeps', async () => {
    const p = await post(result.postId);
    expect(p.status).toBe('publish');
    expect(result.status).toBe('publish');
    expect(p.content.raw).toContain(`<!-- ktav:${articleId} -->`);
    expect(p.content.raw).not.toContain('<bdi');
    expect(p.content.raw).toContain('<span dir="ltr">C++</span>');
    expect(p.content.raw).toContain('<span dir="ltr" lang="en">Green Cities Design</span>');
    expect(p.content.raw).toContain('<p dir="ltr">The park was designed');
    expect(p.content.raw).not.toContain('הערה לעורך'); // the desk's note stays in Ktav
    expect(p.title.raw).toBe('ראש העירייה חנך את הפארק העירוני החדש בשכונת הדר');
    expect(p.excerpt.raw).toContain('12.5 מיליון');
    expect(decodeURIComponent(p.slug)).toBe(await slugOf(articleId));
  });

  it('uploads the pictures with their Hebrew credit as WordPress reads it, the first as the featured image', async () => {
    const [a, b] = result.media;
    expect(result.media.map((m) => m.uploaded)).toEqual([true, true]);
    const p = await post(result.postId);
    expect(p.featured_media).toBe(a!.attachmentId);
    const first = await mediaItem(a!.attachmentId);
    expect(first.media_details.image_meta.credit).toBe('דוברות העירייה');
    expect(first.media_details.image_meta.copyright).toBe('© עיריית חיפה');
    expect(first.alt_text).toBe('קהל עומד מול במה בפארק ירוק');
    expect(first.caption.raw).toBe('הפארק החדש בשעת הטקס קרדיט צילום: דוברות העירייה');
    expect(first.post).toBe(result.postId);
    expect((await mediaItem(b!.attachmentId)).media_details.image_meta.credit).toBe('Reuters');
    expect(p.content.raw).toContain(`class="wp-image-${a!.attachmentId}"`);
    expect(p.content.raw).toMatch(/<figcaption class="wp-element-caption"><span class="caption">ראש העירייה גוזר את הסרט<\/span> <span class="credit">קרדיט צילום: דוברות העירייה<\/span><\/figcaption>/);
  });

  it('says that an Author may not make the section’s category or the tags', () => {
    const notes = inWords<string[]>(result.notes, 'en');
    expect(notes.some((n) => /section "חדשות \w+" is not a category/.test(n))).toBe(true);
    expect(notes.filter((n) => /The tag ".*" does not exist/.test(n))).toHaveLength(2);
  });

  it('records the post on the article', async () => {
    const [record] = (await r.services.articles.get(articleId)).meta.published ?? [];
    expect(record).toMatchObject({ site: 'author', url: site.url, postId: result.postId, link: result.link, status: 'publish' });
    expect(record!.modifiedGmt).toBe((await post(result.postId)).modified_gmt);
    expect(Object.keys(record!.media)).toHaveLength(2);
    expect((await r.services.articles.get(articleId)).meta.status).toBe('exported');
  });
});

describe('publishing as an Editor', () => {
  let articleId: string;
  let first: Awaited<ReturnType<typeof published>>;
  beforeAll(async () => {
    articleId = await r.newArticle({ section: 'סביבה', tags: ['פארקים', 'הדר'] });
    first = await published(articleId, 'editor');
  });

  it('creates the category and the tags, and sends the same markup an Author’s post keeps', async () => {
    const p = await post(first.postId);
    const cats = (await site.rest<{ id: number; name: string }[]>(`/wp/v2/categories?include=${p.categories.join(',')}`)).body;
    expect(cats.map((c) => c.name)).toEqual(['סביבה']);
    const tags = (await site.rest<{ name: string }[]>(`/wp/v2/tags?include=${p.tags.join(',')}`)).body;
    expect(tags.map((t) => t.name).sort()).toEqual(['הדר', 'פארקים']);
    expect(p.content.raw).not.toContain('<bdi');
    expect(p.content.raw).toContain('<span dir="ltr">Real Madrid</span>');
    expect(first.notes).toEqual([]);
  });

  it('republishes in place: the same post, the pictures re-used, no second post or attachment', async () => {
    const file = await r.services.articles.get(articleId);
    const changed = structuredClone(file.doc);
    (changed.content[3] as { content: unknown[] }).content = [{ type: 'text', text: 'פסקה שנכתבה מחדש בכתב.' }];
    await r.services.articles.save(articleId, file.revision, changed);
    const again = await published(articleId, 'editor');
    expect(again.postId).toBe(first.postId);
    expect(again.updated).toBe(true);
    expect(again.media.map((m) => m.uploaded)).toEqual([false, false]);
    expect(again.media.map((m) => m.attachmentId)).toEqual(first.media.map((m) => m.attachmentId));
    expect((await post(first.postId)).content.raw).toContain('<p>פסקה שנכתבה מחדש בכתב.</p>');
    expect(await postsWithSlug(await slugOf(articleId))).toHaveLength(1);
    const image = r.services.media.library.get(r.imageA);
    expect((await site.rest<Media[]>(`/wp/v2/media?slug=${attachmentSlug(image)}`)).body).toHaveLength(1);
  });

  it('stops when the post was changed on the site, says what changed, and overwrites only when forced', async () => {
    const edited = await site.rest<Post>(`/wp/v2/posts/${first.postId}`, 'administrator', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ title: 'כותרת שתוקנה באתר' }),
    });
    expect(edited.status).toBe(200);
    const stopped = await publish(articleId, 'editor');
    expect(stopped.kind).toBe('changed-on-site');
    if (stopped.kind !== 'changed-on-site') return;
    expect(stopped.changes.find((c) => c.field === 'title')).toMatchObject({ site: 'כותרת שתוקנה באתר', ktav: 'ראש העירייה חנך את הפארק העירוני החדש בשכונת הדר' });
    expect((await post(first.postId)).title.raw).toBe('כותרת שתוקנה באתר');
    const forced = await published(articleId, 'editor', { force: true });
    expect(forced.postId).toBe(first.postId);
    expect((await post(first.postId)).title.raw).toBe('ראש העירייה חנך את הפארק העירוני החדש בשכונת הדר');
  });

  it('makes the post the reporter’s when the site knows a user by the byline', async () => {
    const id = await r.newArticle({ section: 'סביבה', tags: [] }, (doc) => {
      (doc.content[2] as { content: unknown[] }).content = [{ type: 'text', text: site.users.author.name }];
      return doc;
    });
    const result = await published(id, 'editor');
    expect((await site.rest<{ author: number }>(`/wp/v2/posts/${result.postId}?context=edit`)).body.author).toBe(site.users.author.id);
    const own = await published(await r.newArticle({ section: 'סביבה', tags: [] }), 'editor'); // "נועה לוי" is no user there
    expect((await site.rest<{ author: number }>(`/wp/v2/posts/${own.postId}?context=edit`)).body.author).toBe(site.users.editor.id);
  });

  it('schedules across the day boundary: 01:30 in Jerusalem is 23:30 UTC the day before', async () => {
    const year = new Date().getUTCFullYear() + 1;
    const id = await r.newArticle({ section: 'סביבה', tags: [] });
    const scheduled = await published(id, 'editor', { status: 'future', at: `${year}-01-01T01:30` });
    expect(scheduled.status).toBe('future');
    const p = await post(scheduled.postId);
    expect(p.status).toBe('future');
    expect(p.date_gmt).toBe(`${year - 1}-12-31T23:30:00`);
  });
});

describe('the preview of a publish', () => {
  it('shows what will be sent, which terms exist, and the post it will update', async () => {
    const run = uniqueTag();
    const id = await r.newArticle({ section: `מדור ${run}`, tags: ['פארקים', `חדשה ${run}`] });
    const before = inWords<import('../../shared/model/publish.js').PublishPreview>(await r.services.publish.preview(id, 'editor'), 'he');
    expect(before).toMatchObject({ site: 'editor', existing: null, pictures: 2, picturesToUpload: 2, category: { name: `מדור ${run}`, exists: false } });
    expect(before.tags).toEqual([{ name: 'פארקים', exists: true }, { name: `חדשה ${run}`, exists: false }]);
    expect(before.content).toContain('<span dir="ltr">C++</span>');
    expect(before.gate.ok).toBe(true);
    const done = await published(id, 'editor');
    const after = inWords<import('../../shared/model/publish.js').PublishPreview>(await r.services.publish.preview(id, 'editor'), 'he');
    expect(after).toMatchObject({ existing: { postId: done.postId }, picturesToUpload: 0, category: { exists: true } });
    expect(after.content).toContain(`class="wp-image-${done.media[0]!.attachmentId}"`);
  });
});

describe('who may publish, and sites that cannot be published to', () => {
  it('tells a Contributor they may only submit, and submits their post for review', async () => {
    const test = inWords(await r.services.publish.test({ name: 'contributor' }), 'he');
    expect(test.canPublish).toBe(false);
    expect(test.summary).toContain('רשאי/ת רק להגיש');
    const id = await r.newArticle({ section: 'סביבה', tags: [] }, noFigures);
    const result = await published(id, 'contributor');
    expect(result.status).toBe('pending');
    expect((await post(result.postId)).status).toBe('pending');
    expect(inWords<string[]>(result.notes, 'en').join(' ')).toMatch(/submitted for review/);
  });

  it('tells a Contributor whose article has pictures that they may not upload them', async () => {
    const id = await r.newArticle({ section: 'סביבה', tags: [] });
    await expect(publish(id, 'contributor')).rejects.toMatchObject({ key: 'publish:cannotUpload' });
  });

  it('says an Author may publish', async () => {
    const test = inWords(await r.services.publish.test({ name: 'author' }), 'en');
    expect(test).toMatchObject({ canPublish: true, canUpload: true, unfilteredHtml: false, roles: ['author'] });
    expect(test.summary).toMatch(/may publish posts on the site and upload pictures/);
  });

  it('says which of user and password is wrong', async () => {
    const error = await r.services.publish.test({ url: site.url, user: 'ktav-author', password: 'xxxx xxxx xxxx xxxx xxxx xxxx' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(KtavError);
    expect((error as KtavError).key).toBe('publish:wrongPassword');
  });

  it('says a plain web server is not WordPress', async () => {
    const server: Server = createServer((req, res) => {
      res.writeHead(req.url === '/' || req.url?.startsWith('/?') ? 200 : 404, { 'content-type': 'text/html' });
      res.end('<!doctype html><title>לא וורדפרס</title><p>שלום</p>');
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    try {
      const port = (server.address() as { port: number }).port;
      await expect(r.services.publish.test({ url: `http://127.0.0.1:${port}`, user: 'x', password: 'y' })).rejects.toMatchObject({ key: 'publish:notWordPress' });
    } finally {
      server.close();
    }
  });

  it('says an address nothing answers at cannot be reached', async () => {
    const port = await freePort();
    await expect(r.services.publish.test({ url: `http://127.0.0.1:${port}`, user: 'x', password: 'y' })).rejects.toMatchObject({ key: 'publish:unreachableTest' });
  });
});
