// Publishing to the site (פרסום לאתר): the sites, the connection test, a publish through the
// export's gate, and the outbox that keeps what the site could not take yet. The app starts the
// outbox's timer (`start()`); `ktav outbox send` sends by hand. Built from plain collaborators
// so the app, `ktav` and the tests run the same code on a real repository and a real site.
import { KtavError, Phrase, type Unsaid } from '../../../shared/api/errors.js';
import type { ArticleFile, ArticleSummary } from '../../../shared/model/article.js';
import type { GateReport } from '../../../shared/model/export.js';
import { articleFields, docFromJSON, type DocJSON } from '../../../shared/editor/document.js';
import { figureImageIds } from '../../../shared/media/figureUsage.js';
import type { ConnectionView, OutboxItemView, PublishOutcome, PublishPreview, PublishRequest, Site, SiteView } from '../../../shared/model/publish.js';
import type { MessageKey, MessageParams } from '../../../shared/api/errors.js';
import type { ExportMedia } from '../export/exportMedia.js';
import type { UnsaidGateReport } from '../export/gate.js';
import { connectionView, whoAmI } from './connection.js';
import { backoffAfter, emptyProgress, Outbox, outboxId, type JobProgress, type OutboxItem } from './outbox.js';
import { ChangedOnSite, runPublishJob } from './publishJob.js';
import { creditHash } from './sitePictures.js';
import type { SiteStore } from './siteStore.js';
import { findTerm } from './taxonomy.js';
import { isolatedText, postContent } from './wpMarkup.js';
import { isRetryable, siteFailureOf, WpClient } from './wpClient.js';

export interface PublishArticles {
  get(id: string): Promise<ArticleFile>;
  resolve(idOrSlug: string): ArticleSummary | undefined;
  recordPublish(id: string, record: NonNullable<ArticleFile['meta']['published']>[number]): Promise<ArticleFile>;
}

export interface PublishServiceOptions {
  articles: PublishArticles;
  media: ExportMedia;
  /** The export's gate for an article (the same findings `ktav export` stops on). */
  gate: (articleId: string) => Promise<UnsaidGateReport>;
  sites: SiteStore;
  outboxDir: string;
  now?: () => Date;
  fetch?: typeof fetch;
  /** How often the app looks for outbox items that are due (default 15 s). */
  tickMs?: number;
}

export type UnsaidOutcome = Unsaid<PublishOutcome>;

export class PublishService {
  readonly outbox: Outbox;
  private readonly now: () => Date;
  private timer: NodeJS.Timeout | null = null;
  private readonly listeners = new Set<() => void>();
  /** One send per outbox item at a time (the timer and "send now" may meet). */
  private readonly sending = new Map<string, Promise<unknown>>();

  constructor(private readonly o: PublishServiceOptions) {
    this.outbox = new Outbox(o.outboxDir);
    this.now = o.now ?? (() => new Date());
  }

  // ---- sites ----

  sites(): Promise<SiteView[]> {
    return this.o.sites.views();
  }

  async addSite(site: Site, password?: string): Promise<SiteView[]> {
    await this.o.sites.add(site, password);
    return this.sites();
  }

  async removeSite(name: string): Promise<SiteView[]> {
    await this.o.sites.remove(name);
    return this.sites();
  }

  /** Keeps a password given for a kept site (the command line's KTAV_SITE_PASSWORD). */
  async keepPassword(name: string, password: string): Promise<void> {
    await this.o.sites.setPassword(name, password);
  }

  /** Who the user is on a kept site, or on an address not yet kept. */
  async test(target: { name: string } | { url: string; user: string; password: string }): Promise<Unsaid<ConnectionView>> {
    const client = 'name' in target ? await this.client(await this.o.sites.get(target.name)) : this.clientFor(target.url, target.user, target.password);
    try {
      return connectionView(client, await whoAmI(client));
    } catch (error) {
      // For a test, "unreachable" is the answer itself, not a promise to send it later.
      if (siteFailureOf(error)?.kind === 'unreachable' || siteFailureOf(error)?.kind === 'uncertain') {
        throw new KtavError('remote', 'publish:unreachableTest', { url: client.base }, { cause: error, detail: siteFailureOf(error) });
      }
      throw error;
    }
  }

  // ---- publishing ----

  /** What a publish would send, without sending (reads the site to tell which terms and post exist). */
  async preview(articleRef: string, siteName?: string): Promise<Unsaid<PublishPreview>> {
    const article = await this.article(articleRef);
    const gate = await this.gateOf(article.id);
    const site = await this.o.sites.get(siteName);
    const client = await this.client(site);
    const doc = docFromJSON(article.doc);
    const fields = articleFields(doc);
    const record = article.meta.published?.find((r) => r.url === site.url) ?? null;
    const ids = [...new Set(figureImageIds(article.doc as DocJSON))];
    const known = (id: string) => {
      const m = record?.media[id];
      const r = this.o.media.record(id);
      return m && r && m.creditHash === creditHash(r) ? m : null;
    };
    const section = article.meta.section.trim();
    return {
      gate,
      site: site.name,
      title: isolatedText(fields.headline),
      excerpt: isolatedText(fields.lead),
      slug: article.meta.slug || article.id,
      content: postContent(doc, article.id, (id) => {
        const r = this.o.media.record(id);
        const m = known(id);
        if (!r) return null;
        // A picture not yet uploaded is shown from its future attachment's place (id 0).
        return { attachmentId: m?.id ?? 0, url: m?.url ?? '', width: m?.width ?? r.width, height: m?.height ?? r.height, alt: r.credit.altText, caption: r.credit.caption, creditLine: r.credit.creditLine };
      }),
      category: section ? { name: section, exists: (await findTerm(client, 'categories', section)) !== null } : null,
      tags: await Promise.all(article.meta.tags.map(async (name) => ({ name, exists: (await findTerm(client, 'tags', name)) !== null }))),
      existing: record ? { postId: record.postId, link: record.link, status: record.status } : null,
      picturesToUpload: ids.filter((id) => !known(id)).length,
      pictures: ids.length,
    };
  }

  /**
   * Publishes an article: the gate, then the job. A site that cannot be reached, fails (5xx) or
   * whose answer is lost leaves the request in the outbox (`queued`), with what was done so far.
   */
  async publish(input: PublishRequest): Promise<UnsaidOutcome> {
    const article = await this.article(input.articleId);
    const gate = await this.gateOf(article.id);
    if (!gate.ok) return { kind: 'gate', gate };
    const site = await this.o.sites.get(input.site);
    const id = outboxId(article.id, site.name);
    // One job per post at a time: a second click, or the outbox's timer sending this very item,
    // would otherwise look the post up before the first made it, and make a second one.
    for (let running = this.sending.get(id); running; running = this.sending.get(id)) await running.catch(() => undefined);
    const run = this.publishNow(article, { ...input, articleId: article.id, site: site.name }, id, gate);
    this.sending.set(id, run);
    try {
      return await run;
    } finally {
      if (this.sending.get(id) === run) this.sending.delete(id);
    }
  }

  private async publishNow(article: ArticleFile, request: PublishRequest, id: string, gate: Unsaid<GateReport>): Promise<UnsaidOutcome> {
    const waiting = await this.outbox.get(id);
    // A request already waiting for this post is replaced by this one, keeping what it did.
    const progress = waiting?.progress ?? emptyProgress();
    let item: OutboxItem | null = waiting;
    try {
      const result = await this.attempt(article, request, progress, async (p) => {
        if (item) await this.outbox.put({ ...item, progress: p });
      });
      if (waiting) await this.removed(id);
      return { kind: 'published', published: result, gate };
    } catch (error) {
      if (error instanceof ChangedOnSite) return { kind: 'changed-on-site', postId: error.postId, link: error.link, changes: error.changes, message: new Phrase(error.key, error.params) };
      if (!isRetryable(error)) throw error;
      item = this.itemFor(article, request, progress, waiting, error);
      await this.outbox.put(item);
      this.changed();
      return { kind: 'queued', item: this.view(item), gate };
    }
  }

  // ---- the outbox ----

  async outboxItems(): Promise<Unsaid<OutboxItemView>[]> {
    return (await this.outbox.list()).map((i) => this.view(i));
  }

  /** Sends now: one item, or every item (whatever its wait). Answers the outbox as it then is. */
  async sendOutbox(id?: string): Promise<Unsaid<OutboxItemView>[]> {
    const items = id ? [await this.outbox.get(id)] : await this.outbox.list();
    if (id && !items[0]) throw new KtavError('not-found', 'publish:outboxItemNotFound', { id });
    for (const item of items) if (item && item.state !== 'changed-on-site') await this.sendItem(item);
    return this.outboxItems();
  }

  async cancel(id: string): Promise<Unsaid<OutboxItemView>[]> {
    await this.sending.get(id);
    if (!(await this.removed(id))) throw new KtavError('not-found', 'publish:outboxItemNotFound', { id });
    return this.outboxItems();
  }

  /** The app's timer: items whose wait is over are sent, one after another. */
  start(): void {
    if (this.timer) return;
    const tick = () => void this.sendDue().catch((error: unknown) => console.error('[ktav] outbox send failed:', error));
    this.timer = setInterval(tick, this.o.tickMs ?? 15_000);
    this.timer.unref();
    tick();
  }

  async close(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await Promise.all(this.sending.values());
  }

  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async sendDue(): Promise<void> {
    const now = this.now().getTime();
    for (const item of await this.outbox.list()) {
      // An item left `sending` by a process that stopped is due again: its last try's answer was lost.
      const due = item.state === 'sending' || (item.state === 'waiting' && (!item.nextAttemptAt || Date.parse(item.nextAttemptAt) <= now));
      if (due) await this.sendItem(item);
    }
  }

  private async sendItem(item: OutboxItem): Promise<unknown> {
    const running = this.sending.get(item.id);
    if (running) return running.catch(() => undefined);
    // The item as it is now: a publish that ran meanwhile may have sent or replaced it.
    const current = await this.outbox.get(item.id);
    if (!current || this.sending.has(item.id)) return this.sending.get(item.id);
    item = current;
    const run = this.trySend(item).finally(() => this.sending.delete(item.id));
    this.sending.set(item.id, run);
    return run;
  }

  private async trySend(queued: OutboxItem): Promise<void> {
    let item: OutboxItem = { ...queued, state: 'sending', attempts: queued.attempts + 1 };
    await this.outbox.put(item);
    this.changed();
    try {
      const article = await this.o.articles.get(item.articleId);
      const gate = await this.gateOf(article.id);
      if (!gate.ok) {
        item = { ...item, state: 'failed', lastError: { key: 'publish:gateStopped', params: {} }, nextAttemptAt: null };
        await this.outbox.put(item);
        return;
      }
      const request: PublishRequest = { articleId: item.articleId, site: item.site, ...item.request };
      await this.attempt(article, request, item.progress, async (p) => {
        item = { ...item, progress: p };
        await this.outbox.put(item);
      });
      await this.outbox.remove(item.id);
    } catch (error) {
      const said = error instanceof KtavError ? { key: error.key, params: plainParams(error.params) } : { key: 'internal', params: {} };
      if (error instanceof ChangedOnSite) item = { ...item, state: 'changed-on-site', lastError: said, nextAttemptAt: null };
      else if (isRetryable(error)) item = { ...item, state: 'waiting', lastError: said, nextAttemptAt: new Date(this.now().getTime() + backoffAfter(item.attempts)).toISOString() };
      else item = { ...item, state: 'failed', lastError: said, nextAttemptAt: null };
      if (!(error instanceof KtavError)) console.error('[ktav] outbox item failed:', error);
      await this.outbox.put(item);
    } finally {
      this.changed();
    }
  }

  // ---- parts ----

  private async attempt(article: ArticleFile, request: PublishRequest, progress: JobProgress, saved: (p: JobProgress) => Promise<void>) {
    const site = await this.o.sites.get(request.site);
    const client = await this.client(site);
    const result = await runPublishJob(article, request, progress, { client, site, media: this.o.media, now: this.now(), saved });
    await this.o.articles.recordPublish(article.id, result.record);
    return {
      postId: result.record.postId,
      link: result.record.link,
      status: result.record.status,
      media: result.media,
      updated: result.updated,
      notes: result.notes,
    };
  }

  private itemFor(article: ArticleFile, request: PublishRequest, progress: JobProgress, waiting: OutboxItem | null, error: unknown): OutboxItem {
    const e = error as KtavError;
    const attempts = (waiting?.attempts ?? 0) + 1;
    return {
      format: 1,
      id: outboxId(article.id, request.site!),
      articleId: article.id,
      headline: articleFields(docFromJSON(article.doc)).headline,
      site: request.site!,
      request: { status: request.status, ...(request.at ? { at: request.at } : {}), force: request.force, createCategory: request.createCategory },
      state: 'waiting',
      attempts,
      lastError: { key: e.key, params: plainParams(e.params) },
      queuedAt: waiting?.queuedAt ?? this.now().toISOString(),
      nextAttemptAt: new Date(this.now().getTime() + backoffAfter(attempts)).toISOString(),
      progress,
    };
  }

  private view(item: OutboxItem): Unsaid<OutboxItemView> {
    return {
      id: item.id,
      articleId: item.articleId,
      headline: item.headline,
      site: item.site,
      status: item.request.status,
      state: item.state,
      attempts: item.attempts,
      lastError: item.lastError ? new Phrase(item.lastError.key as MessageKey, item.lastError.params as MessageParams) : null,
      queuedAt: item.queuedAt,
      nextAttemptAt: item.state === 'waiting' ? item.nextAttemptAt : null,
    };
  }

  private async removed(id: string): Promise<boolean> {
    const had = await this.outbox.remove(id);
    if (had) this.changed();
    return had;
  }

  private changed(): void {
    for (const l of this.listeners) l();
  }

  private async article(ref: string): Promise<ArticleFile> {
    const summary = this.o.articles.resolve(ref);
    if (!summary) throw new KtavError('not-found', 'articleNotFound', { id: ref });
    return this.o.articles.get(summary.id);
  }

  /** The export's gate, less its check of the repository's package address (a publish goes to the site's). */
  private async gateOf(articleId: string): Promise<Unsaid<GateReport>> {
    const report = await this.o.gate(articleId);
    const errors = report.errors.filter((f) => f.code !== 'bad-site-url');
    return { ...report, errors, ok: errors.length === 0 };
  }

  private async client(site: Site): Promise<WpClient> {
    return this.clientFor(site.url, site.user, await this.o.sites.password(site));
  }

  private clientFor(url: string, user: string, password: string): WpClient {
    return new WpClient(url.replace(/\/+$/, ''), user, password, this.o.fetch);
  }
}

/** A KtavError's parameters as the outbox file keeps them (nested messages said later are kept as text keys). */
function plainParams(params: MessageParams): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(params)) out[k] = typeof v === 'object' ? v.key : v;
  return out;
}
