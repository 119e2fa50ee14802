// One publish of one article to one site, step by step, each step's result kept in the job's
// progress (which the outbox writes down), so a retry resumes where a failure stopped it:
//   1. who the user is (a Contributor's post is submitted for review, not published);
//   2. the post this article already is on the site: the one Ktav recorded, or, with no record
//      (a first publish, or a retry whose answer was lost), the one with the article's slug and
//      Ktav's mark; never a second post;
//   3. when updating, the post as the site has it: changed there since Ktav's record, it stops
//      (unless forced) and says what changed;
//   4. the pictures: re-used by content hash and credit, else found by their slug (a lost
//      answer), else uploaded;
//   5. category and tags by id, the byline's user as author where the site allows it;
//   6. the post, created or updated; 7. pictures uploaded before
//   the post existed get it as their parent; 8. the record on the article.
import { createHash } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { articleFields, docFromJSON, type DocJSON } from '../../../shared/editor/document.js';
import { KtavError, Phrase } from '../../../shared/api/errors.js';
import { figureImageIds } from '../../../shared/media/figureUsage.js';
import type { ArticleFile } from '../../../shared/model/article.js';
import type { MediaRecord } from '../../../shared/model/media.js';
import { DEFAULT_TIME_ZONE, type PublishedMedia, type PublishedRecord, type PublishRequest, type Site, type SiteChange } from '../../../shared/model/publish.js';
import type { ExportMedia } from '../export/exportMedia.js';
import { whoAmI, type SiteUser } from './connection.js';
import type { JobProgress } from './outbox.js';
import { instantOf, wpGmt } from './schedule.js';
import { siteChanges, type PostText } from './siteChanges.js';
import { attach, creditHash, findUploaded, stillThere, upload, uploadRendition, type UploadFile } from './sitePictures.js';
import { termId } from './taxonomy.js';
import { hasKtavMarker, isolatedText, postContent, type SiteFigure } from './wpMarkup.js';
import { siteFailureOf, type WpClient } from './wpClient.js';

export interface JobContext {
  client: WpClient;
  site: Site;
  media: ExportMedia;
  now: Date;
  /** Called after each step that changed something on the site, to write the progress down. */
  saved: (progress: JobProgress) => Promise<void>;
}

/** The post changed on the site since Ktav last published it: nothing was sent. */
export class ChangedOnSite extends KtavError {
  constructor(
    readonly postId: number,
    readonly link: string,
    readonly changes: SiteChange[],
  ) {
    super('conflict', 'publish:changedOnSite', { link }, { detail: { postId, link, changes } });
  }
}

export interface JobResult {
  record: PublishedRecord;
  media: { imageId: string; attachmentId: number; uploaded: boolean }[];
  updated: boolean;
  notes: Phrase[];
}

interface PostAnswer {
  id: number;
  link: string;
  status: string;
  slug: string;
  modified_gmt: string;
  date_gmt?: string | null;
  title?: { raw?: string };
  excerpt?: { raw?: string };
  content?: { raw?: string };
}

const POST_FIELDS = 'id,link,status,slug,modified_gmt,date_gmt,title,excerpt,content';

export async function runPublishJob(article: ArticleFile, request: PublishRequest, progress: JobProgress, ctx: JobContext): Promise<JobResult> {
  const { client, site } = ctx;
  const notes: Phrase[] = [];
  const who = await whoAmI(client);
  if (!who.canEdit) throw new KtavError('forbidden', 'publish:mayNothing', { name: who.name, roles: who.roles.join(', ') || '—' });
  const { status, dateGmt } = statusFor(request, who, ctx, notes);

  const doc = docFromJSON(article.doc);
  const fields = articleFields(doc);
  const slug = article.meta.slug || article.id;
  const record = article.meta.published?.find((r) => r.url === site.url) ?? null;

  // 2–3: the post this article is on the site.
  let existing: PostAnswer | null = null;
  const knownId = progress.postId ?? record?.postId;
  if (knownId) {
    existing = await getPost(client, knownId);
    if (!existing) notes.push(new Phrase('publish:postGone', { postId: knownId }));
  }
  existing ??= await findPost(client, slug, article.id);
  if (existing && progress.postId !== existing.id) {
    progress.postId = existing.id;
    await ctx.saved(progress);
  }

  // 4: pictures.
  const imageIds = [...new Set(figureImageIds(article.doc as DocJSON))];
  const records = imageIds.map((id) => ctx.media.record(id)).filter((r): r is MediaRecord => r !== null);
  if (records.length && !who.canUpload) throw new KtavError('forbidden', 'publish:cannotUpload', { user: client.user });
  const onSite = await picturesOnSite(client, records, record?.media ?? {}, progress);
  const uploadedNow = new Set<string>();
  const missing = records.filter((r) => !onSite.has(r.id));
  if (missing.length) {
    const workDir = await mkdtemp(join(tmpdir(), 'ktav-publish-'));
    try {
      // The next picture's rendition is made while this one uploads: sharp works while PHP does.
      const made = new Map<string, Promise<UploadFile>>();
      const rendition = (i: number) => {
        const r = missing[i];
        if (r && !made.has(r.id)) {
          const p = uploadRendition(r, ctx.media, workDir);
          p.catch(() => undefined);
          made.set(r.id, p);
        }
      };
      for (let i = 0; i < missing.length; i++) {
        const r = missing[i]!;
        const found = await findUploaded(client, r);
        if (found) {
          const { parent, ...m } = found;
          onSite.set(r.id, m);
          progress.media[r.id] = m;
          if (!parent) progress.unattached.push(m.id);
          await ctx.saved(progress);
          continue;
        }
        rendition(i);
        const file = await made.get(r.id)!;
        rendition(i + 1);
        const m = await upload(client, r, file, progress.postId ?? null);
        onSite.set(r.id, m);
        uploadedNow.add(r.id);
        progress.media[r.id] = m;
        if (!progress.postId) progress.unattached.push(m.id);
        await ctx.saved(progress);
        await rm(file.path, { force: true });
      }
    } finally {
      await rm(workDir, { recursive: true, force: true });
    }
  }

  // 5: category and tags.
  const categories: number[] = [];
  const section = article.meta.section.trim();
  if (section) {
    const id = await termId(client, 'categories', section, request.createCategory && who.canCreateTerms, notes);
    if (id !== null) categories.push(id);
    else if (!request.createCategory) throw new KtavError('conflict', 'publish:categoryMissing', { name: section }, { detail: { category: section } });
    else if (!who.canCreateTerms && !notes.some((n) => n.key === 'publish:categoryNotCreated')) notes.push(new Phrase('publish:categoryNotCreated', { name: section }));
  }
  const tags: number[] = [];
  for (const tag of new Set(article.meta.tags.map((t) => t.trim()).filter(Boolean))) {
    const id = await termId(client, 'tags', tag, who.canCreateTerms, notes);
    if (id !== null) tags.push(id);
    else if (!who.canCreateTerms) notes.push(new Phrase('publish:tagNotCreated', { name: tag }));
  }

  // 6: the post.
  const figure = (id: string): SiteFigure | null => {
    const m = onSite.get(id);
    const r = records.find((x) => x.id === id);
    if (!m || !r) return null;
    return { attachmentId: m.id, url: m.url, width: m.width, height: m.height, alt: r.credit.altText, caption: r.credit.caption, creditLine: r.credit.creditLine };
  };
  const firstFigure = imageIds.find((id) => onSite.has(id));
  const payload: Record<string, unknown> = {
    title: isolatedText(fields.headline),
    excerpt: isolatedText(fields.lead),
    content: postContent(doc, article.id, figure),
    slug,
    status,
    categories,
    tags,
    featured_media: firstFigure ? onSite.get(firstFigure)!.id : 0,
  };
  if (dateGmt) payload.date_gmt = dateGmt;
  // The byline as the site allows: a desk editor may make the post the reporter's when the site
  // knows a user by that name; otherwise the post stays the sending user's.
  const author = who.canEditOthers && fields.byline ? await siteAuthor(client, fields.byline) : null;
  if (author !== null) payload.author = author;
  const sentHash = createHash('sha256').update(JSON.stringify(payload)).digest('hex');

  const editedThere =
    existing !== null && record !== null && existing.id === record.postId && (existing.modified_gmt !== record.modifiedGmt || (record.siteHash !== undefined && siteHash(existing) !== record.siteHash));
  if (existing && editedThere && !request.force) {
    const ours: PostText = { title: String(payload.title), excerpt: String(payload.excerpt), content: String(payload.content), status, slug };
    throw new ChangedOnSite(existing.id, existing.link, siteChanges(postText(existing), ours));
  }

  const answer = existing
    ? await client.post<PostAnswer>(`/wp/v2/posts/${existing.id}`, payload, { _fields: POST_FIELDS, context: 'edit' })
    : await client.post<PostAnswer>('/wp/v2/posts', payload, { _fields: POST_FIELDS, context: 'edit' });
  progress.postId = answer.id;
  await ctx.saved(progress);

  // 7: parents for the pictures uploaded before the post existed.
  while (progress.unattached.length) {
    await attach(client, progress.unattached[0]!, answer.id);
    progress.unattached.shift();
    await ctx.saved(progress);
  }

  // 8: the record, with every picture this site has of the article.
  const media: Record<string, PublishedMedia> = { ...(record?.media ?? {}) };
  for (const [id, m] of onSite) media[id] = m;
  const published: PublishedRecord = {
    site: site.name,
    url: site.url,
    postId: answer.id,
    link: answer.link,
    status: answer.status,
    at: ctx.now.toISOString(),
    ...(answer.status === 'future' && answer.date_gmt ? { dateGmt: answer.date_gmt } : {}),
    sentHash,
    modifiedGmt: answer.modified_gmt,
    siteHash: siteHash(answer),
    media,
  };
  return {
    record: published,
    media: imageIds.filter((id) => onSite.has(id)).map((id) => ({ imageId: id, attachmentId: onSite.get(id)!.id, uploaded: uploadedNow.has(id) })),
    updated: existing !== null,
    notes,
  };
}

/** The status WordPress is asked for, and the UTC time of a schedule. */
function statusFor(request: PublishRequest, who: SiteUser, ctx: JobContext, notes: Phrase[]): { status: string; dateGmt: string | null } {
  let dateGmt: string | null = null;
  if (request.status === 'future') {
    if (!request.at) throw new KtavError('invalid-arguments', 'publish:futureNeedsTime');
    const instant = instantOf(request.at, ctx.site.timeZone ?? DEFAULT_TIME_ZONE);
    if (instant.getTime() <= ctx.now.getTime()) throw new KtavError('invalid-arguments', 'publish:timeInPast', { at: request.at });
    dateGmt = wpGmt(instant);
  } else if (request.at) throw new KtavError('invalid-arguments', 'publish:timeWithoutFuture');
  if (request.status !== 'draft' && !who.canPublish) {
    notes.push(new Phrase('publish:submittedForReview'));
    return { status: 'pending', dateGmt };
  }
  return { status: request.status, dateGmt };
}

/** Pictures the site already has: recorded (and still there) or found by an earlier try of this job. */
async function picturesOnSite(client: WpClient, records: MediaRecord[], recorded: Record<string, PublishedMedia>, progress: JobProgress): Promise<Map<string, PublishedMedia>> {
  const onSite = new Map<string, PublishedMedia>();
  const candidates = new Map<string, PublishedMedia>();
  for (const r of records) {
    const m = progress.media[r.id] ?? recorded[r.id];
    if (m && m.creditHash === creditHash(r)) candidates.set(r.id, m);
  }
  const there = await stillThere(client, [...new Set([...candidates.values()].map((m) => m.id))]);
  for (const [id, m] of candidates) if (there.has(m.id)) onSite.set(id, m);
  return onSite;
}

/** The site's user whose name is exactly the byline, among those who can write posts. */
async function siteAuthor(client: WpClient, byline: string): Promise<number | null> {
  const found = await client.get<{ id: number; name: string }[]>('/wp/v2/users', { who: 'authors', search: byline, per_page: 20, _fields: 'id,name' });
  const wanted = byline.trim();
  const hits = found.filter((u) => u.name.trim() === wanted);
  return hits.length === 1 ? hits[0]!.id : null;
}

async function getPost(client: WpClient, id: number): Promise<PostAnswer | null> {
  try {
    const post = await client.get<PostAnswer>(`/wp/v2/posts/${id}`, { context: 'edit', _fields: POST_FIELDS });
    return post.status === 'trash' ? null : post;
  } catch (error) {
    if (siteFailureOf(error)?.kind === 'not-found') return null;
    throw error;
  }
}

/** The post an earlier try made of this article: by slug, then by Ktav's mark in the text; only one with the mark. */
async function findPost(client: WpClient, slug: string, articleId: string): Promise<PostAnswer | null> {
  const query = { status: 'publish,future,draft,pending,private', context: 'edit', _fields: POST_FIELDS, per_page: 20 };
  const bySlug = await client.get<PostAnswer[]>('/wp/v2/posts', { ...query, slug });
  const hit = bySlug.find((p) => hasKtavMarker(p.content?.raw ?? '', articleId));
  if (hit) return hit;
  const bySearch = await client.get<PostAnswer[]>('/wp/v2/posts', { ...query, search: `ktav:${articleId}` });
  return bySearch.find((p) => hasKtavMarker(p.content?.raw ?? '', articleId)) ?? null;
}

/** The post's own fields as the site has them, to tell later whether someone changed them there. */
function siteHash(p: PostAnswer): string {
  return createHash('sha256').update(JSON.stringify(postText(p))).digest('hex');
}

function postText(p: PostAnswer): PostText {
  return { title: p.title?.raw ?? '', excerpt: p.excerpt?.raw ?? '', content: p.content?.raw ?? '', status: p.status, slug: p.slug };
}
