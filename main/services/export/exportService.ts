// Export of articles as packages for the site: the gate first, then the contents, then one
// atomic write, then the export noted on the article. Built from plain collaborators so the
// app, `ktav` and the tests run the same code on a real repository.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { HouseStyle } from '../../../shared/hebrew/houseStyle.js';
import type { Node as PMNode } from 'prosemirror-model';
import type { DocMisspelling } from '../../../shared/spelling/document.js';
import { docFromJSON } from '../../../shared/editor/document.js';
import type { RelatedLink } from '../../../shared/html/publishedArticle.js';
import { Phrase, type Unsaid } from '../../../shared/api/errors.js';
import type { ArticleFile, ArticleSummary } from '../../../shared/model/article.js';
import type { ExportedPackage, ExportProgress, ExportRecord } from '../../../shared/model/export.js';
import { localDate } from '../../../shared/model/media.js';
import type { ExportMedia } from './exportMedia.js';
import { runGate, type UnsaidGateReport } from './gate.js';
import { buildPackage, packageBaseUrl } from './packageContents.js';
import { previewPage } from './exportPreview.js';
import { writeFolder, writeZip } from './packageWriter.js';

export interface ExportArticles {
  get(id: string): Promise<ArticleFile>;
  resolve(idOrSlug: string): ArticleSummary | undefined;
  list(): ArticleSummary[];
  recordExport(id: string, record: ExportRecord): Promise<ArticleFile>;
}

export interface ExportServiceOptions {
  articles: ExportArticles;
  media: ExportMedia;
  houseStyle: () => Promise<HouseStyle>;
  siteUrl: () => string;
  /** Where packages go when no path is given. */
  exportsDir: string;
  now?: () => Date;
  /** Pictures processed at once (default 2, the cores of our machines). */
  concurrency?: number;
  /**
   * The misspelled words of an article's document, for the gate's warnings; without it (or when
   * it fails) the gate says nothing about spelling.
   */
  spelling?: (doc: PMNode) => Promise<readonly (DocMisspelling & { suggestions?: string[] })[]>;
}

export interface ExportRequest {
  /** A zip file to write; default `<exportsDir>/<slug>.zip`. */
  out?: string;
  /** Write a folder instead of a zip. */
  dir?: string;
  includeOriginals?: boolean;
  onProgress?: (p: ExportProgress) => void;
  /**
   * Cancels the export: checked before each picture and once more before anything is written,
   * so a cancelled export leaves no package and no record. Rejects with the signal's reason.
   */
  signal?: AbortSignal;
}

/** A package written, or the gate's report of what stopped it (texts still Phrases). */
export type ExportOutcome = { ok: true; pkg: Unsaid<ExportedPackage> } | { ok: false; gate: UnsaidGateReport };

export class ExportService {
  private readonly now: () => Date;

  constructor(private readonly o: ExportServiceOptions) {
    this.now = o.now ?? (() => new Date());
  }

  /** The gate's findings for an article, without writing anything. */
  async check(id: string): Promise<UnsaidGateReport> {
    const { doc: _doc, ...report } = await this.gate(await this.o.articles.get(id));
    return report;
  }

  /**
   * The gate's findings and the page as it will be published, for the export screen. The
   * preview shows the stored originals (no renditions are made) from the app's own `/media/`.
   */
  async preview(id: string): Promise<{ gate: UnsaidGateReport; page: string | null }> {
    const article = await this.o.articles.get(id);
    const { doc, ...gate } = await this.gate(article);
    if (!doc) return { gate, page: null };
    const page = previewPage(doc, article, this.o.media, this.related(article));
    return { gate, page };
  }

  /** The package's file name: the slug, or the id when there is none. */
  packageName(article: Pick<ArticleFile, 'id' | 'meta'>): string {
    // A slug is letters, digits and dashes when Ktav makes it; one edited elsewhere may not be.
    const safe = article.meta.slug.replace(/[^\p{L}\p{N}_-]+/gu, '-').replace(/^-+|-+$/g, '');
    return safe || article.id;
  }

  async export(id: string, request: ExportRequest = {}): Promise<ExportOutcome> {
    const progress = (step: ExportProgress['step'], done = 0, total = 1) => request.onProgress?.({ articleId: id, step, done, total });
    progress('gate');
    const article = await this.o.articles.get(id);
    const gate = await this.gate(article);
    request.signal?.throwIfAborted();
    if (!gate.ok || !gate.doc) return { ok: false, gate: { ok: false, errors: gate.errors, warnings: gate.warnings } };

    const publishedAt = article.meta.exports?.[0]?.publishedAt ?? article.meta.updatedAt;
    const workDir = await mkdtemp(join(tmpdir(), 'ktav-export-'));
    try {
      progress('images', 0, 1);
      const contents = await buildPackage({
        article,
        doc: gate.doc,
        media: this.o.media,
        baseUrl: packageBaseUrl(this.o.siteUrl(), article),
        related: this.related(article),
        publishedAt,
        workDir,
        includeOriginals: request.includeOriginals,
        concurrency: this.o.concurrency,
        onImage: (done, total) => progress('images', done, total),
        signal: request.signal,
      });
      request.signal?.throwIfAborted();
      progress('write');
      const written = request.dir
        ? await writeFolder(request.dir, contents.entries)
        : await writeZip(request.out ?? join(this.o.exportsDir, `${this.packageName(article)}.zip`), contents.entries);
      await this.o.articles.recordExport(id, {
        at: this.now().toISOString(),
        path: written.path,
        kind: written.kind,
        sha256: written.sha256,
        bytes: written.bytes,
        publishedAt,
      });
      progress('done', 1, 1);
      return { ok: true, pkg: { id, ...written, files: contents.entries.length, warnings: gate.warnings } };
    } finally {
      await rm(workDir, { recursive: true, force: true });
    }
  }

  private async gate(article: ArticleFile) {
    const report = runGate({
      misspellings: await this.misspellings(article),
      article,
      image: (imageId) => {
        const r = this.o.media.record(imageId);
        return r ? { name: r.originalName || imageId.slice(0, 12), credit: r.credit } : null;
      },
      houseStyle: await this.o.houseStyle(),
      today: localDate(this.now()),
      relatedExists: (rid) => this.o.articles.resolve(rid) !== undefined,
    });
    const site = this.o.siteUrl();
    if (!/^https?:\/\/[^\s/]+/i.test(site)) {
      report.errors.push({
        severity: 'error',
        code: 'bad-site-url',
        message: new Phrase('export:badSiteUrl', { url: site }),
        place: { block: 'meta', label: new Phrase('export:placeMeta') },
      });
      report.ok = false;
    }
    return report;
  }

  /** Spelling never stops an export: a document the gate will refuse, or a checker that fails, gives no warnings. */
  private async misspellings(article: ArticleFile) {
    if (!this.o.spelling) return [];
    try {
      return await this.o.spelling(docFromJSON(article.doc));
    } catch (error) {
      console.error('[ktav] spell checking for the export gate failed:', error);
      return [];
    }
  }

  private related(article: ArticleFile): RelatedLink[] {
    const out: RelatedLink[] = [];
    for (const rid of article.meta.related) {
      const s = this.o.articles.resolve(rid);
      if (s && s.id !== article.id) out.push({ url: packageBaseUrl(this.o.siteUrl(), { id: s.id, meta: { slug: s.slug } as ArticleFile['meta'] }), headline: s.headline });
    }
    return out;
  }
}
