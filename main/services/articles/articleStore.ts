// The articles of a repository: one lowdb JSON file each, written atomically and durably.
// A save names the revision it was based on; if the file on disk moved on since (another Ktav,
// a sync tool), the incoming text is kept as a conflict copy and nothing is overwritten.
import { randomBytes } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { Low } from 'lowdb';
import { KtavError } from '../../../shared/api/errors.js';
import { articleFileSchema, type ArticleFile, type ArticleSummary } from '../../../shared/model/article.js';
import type { ExportRecord } from '../../../shared/model/export.js';
import { articleFields, docFromJSON, emptyArticleDoc } from '../../../shared/editor/document.js';
import { message } from '../../../shared/i18n/messages.js';
import type { UiLanguage } from '../../../shared/model/settings.js';
import { DurableJSONFile } from '../storage/durableJsonFile.js';
import type { RepositoryLayout } from '../repository.js';
import { ArticleIndex } from './articleIndex.js';
import { slugify } from './slug.js';
import { summarize } from './summary.js';

export interface SaveResult {
  revision: number;
  updatedAt: string;
}

export class ArticleStore {
  private readonly index: ArticleIndex;
  /** Saves of one article run one after another, never interleaved. */
  private readonly queues = new Map<string, Promise<unknown>>();

  constructor(
    private readonly layout: RepositoryLayout,
    private readonly language: () => UiLanguage,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.index = new ArticleIndex(layout.indexFile, layout.articlesDir);
  }

  /** Reads the index, refreshing entries whose files changed. Call once after construction. */
  async open(): Promise<{ damaged: { file: string; reason: string }[] }> {
    const { damaged } = await this.index.load(async (id) => summarize(await this.readFile(id)));
    return { damaged };
  }

  async close(): Promise<void> {
    await Promise.all(this.queues.values());
    await this.index.flush();
  }

  list(): ArticleSummary[] {
    return this.index.list().sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  }

  async create(): Promise<ArticleFile> {
    const at = this.now().toISOString();
    const file: ArticleFile = {
      format: 1,
      id: newArticleId(this.now()),
      revision: 0,
      meta: {
        slug: '',
        section: '',
        tags: [],
        authors: [],
        status: 'draft',
        createdAt: at,
        updatedAt: at,
        targetWords: null,
        related: [],
      },
      doc: emptyArticleDoc() as ArticleFile['doc'],
    };
    await this.write(file);
    await this.index.update(summarize(file));
    return file;
  }

  async get(id: string): Promise<ArticleFile> {
    return this.readFile(id);
  }

  /** Saves a new document for `id`, based on `baseRevision`. */
  save(id: string, baseRevision: number, doc: unknown): Promise<SaveResult> {
    return this.serialize(id, async () => {
      let node;
      try {
        node = docFromJSON(doc);
      } catch (error) {
        throw new KtavError('invalid-document', message(this.language(), 'invalidDocument', { details: String((error as Error).message) }));
      }
      const current = await this.readFile(id);
      if (current.revision !== baseRevision) {
        const copy = await this.keepConflictCopy(current, doc);
        throw new KtavError('conflict', message(this.language(), 'conflict', { path: copy }), { copy, diskRevision: current.revision });
      }
      const updatedAt = this.now().toISOString();
      const { headline } = articleFields(node);
      const next: ArticleFile = {
        ...current,
        revision: current.revision + 1,
        meta: { ...current.meta, updatedAt, slug: current.meta.status === 'draft' ? slugify(headline) : current.meta.slug },
        doc: node.toJSON() as ArticleFile['doc'],
      };
      try {
        await this.write(next);
      } catch (error) {
        throw new KtavError('io', message(this.language(), 'writeFailed', { details: (error as Error).message }));
      }
      await this.index.update(summarize(next));
      return { revision: next.revision, updatedAt };
    });
  }

  /**
   * Notes an export on the article and moves it to `exported`. The revision and `updatedAt`
   * stay: the text did not change, and a save based on the current revision still goes
   * through (it re-reads the file and keeps this metadata).
   */
  recordExport(id: string, record: ExportRecord): Promise<ArticleFile> {
    return this.serialize(id, async () => {
      const current = await this.readFile(id);
      const next: ArticleFile = {
        ...current,
        meta: { ...current.meta, status: 'exported', exports: [...(current.meta.exports ?? []), record] },
      };
      await this.write(next);
      await this.index.update(summarize(next));
      return next;
    });
  }

  /** Looks an article up by id or by slug. */
  resolve(idOrSlug: string): ArticleSummary | undefined {
    const all = this.index.list();
    return all.find((a) => a.id === idOrSlug) ?? all.find((a) => a.slug === idOrSlug);
  }

  private async readFile(id: string): Promise<ArticleFile> {
    let raw: unknown;
    try {
      raw = await new DurableJSONFile<unknown>(this.layout.articleFile(id)).read();
    } catch (error) {
      throw new KtavError('invalid-document', message(this.language(), 'invalidDocument', { details: `${id}.json: ${(error as Error).message}` }));
    }
    if (raw === null) throw new KtavError('not-found', message(this.language(), 'articleNotFound', { id }));
    const parsed = articleFileSchema.safeParse(raw);
    if (!parsed.success) {
      throw new KtavError('invalid-document', message(this.language(), 'invalidDocument', { details: `${id}.json: ${parsed.error.issues[0]?.message ?? ''}` }));
    }
    return parsed.data;
  }

  private async keepConflictCopy(current: ArticleFile, doc: unknown): Promise<string> {
    const stamp = this.now().toISOString().replace(/[:.]/g, '-');
    await mkdir(this.layout.conflictsDir, { recursive: true });
    const path = join(this.layout.conflictsDir, `${current.id}.${stamp}.json`);
    await new DurableJSONFile(path).write({ ...current, doc, conflictOf: current.id });
    return path;
  }

  /** Writes an article file through lowdb and the durable adapter. */
  private async write(file: ArticleFile): Promise<void> {
    // A fresh Low per write: the file on disk, not a cached copy, is the truth between saves.
    const db = new Low<ArticleFile>(new DurableJSONFile<ArticleFile>(this.layout.articleFile(file.id)), file);
    await db.write();
  }

  private serialize<T>(id: string, work: () => Promise<T>): Promise<T> {
    const previous = this.queues.get(id) ?? Promise.resolve();
    const next = previous.catch(() => undefined).then(work);
    this.queues.set(id, next);
    void next.finally(() => {
      if (this.queues.get(id) === next) this.queues.delete(id);
    }).catch(() => undefined);
    return next;
  }
}

/** `20261127-1a2b3c4d`: sortable by day, unique by chance. */
function newArticleId(now: Date): string {
  const day = now.toISOString().slice(0, 10).replace(/-/g, '');
  return `${day}-${randomBytes(4).toString('hex')}`;
}
