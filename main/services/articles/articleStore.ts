// The articles of a repository: one lowdb JSON file each, written atomically and durably.
// A save names the revision it was based on, and the store remembers the exact bytes it last
// read or wrote; if the file on disk moved on since (another Ktav, a sync tool, a restore from
// backup), the incoming text is kept as a conflict copy and nothing is overwritten.
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Low } from 'lowdb';
import type { Node as PMNode } from 'prosemirror-model';
import { KtavError } from '../../../shared/api/errors.js';
import {
  articleFileSchema,
  type ArticleFile,
  type ArticleMetaPatch,
  type ArticleSummary,
} from '../../../shared/model/article.js';
import { articleFields, docFromJSON, emptyArticleDoc, type DocJSON } from '../../../shared/editor/document.js';
import { withBlocks, type ChangedBlocks } from '../../../shared/editor/changedBlocks.js';
import { message } from '../../../shared/i18n/messages.js';
import type { UiLanguage } from '../../../shared/model/settings.js';
import type { VersionInfo } from '../../../shared/model/version.js';
import type { ExportRecord } from '../../../shared/model/export.js';
import { DurableJSONFile } from '../storage/durableJsonFile.js';
import { moveAside } from '../storage/quarantine.js';
import type { RepositoryLayout } from '../repository.js';
import { VersionStore, type VersionPolicy } from '../history/versionStore.js';
import type { VersionReason } from '../history/thinning.js';
import { Journal } from '../journal/journal.js';
import { ArticleIndex } from './articleIndex.js';
import { slugify } from './slug.js';
import { summarize } from './summary.js';
import { emptyTrash, moveFromTrash, moveToTrash, trashedFile, trashedIds } from './trash.js';

export interface SaveResult {
  revision: number;
  updatedAt: string;
}

export interface QuarantinedFile {
  file: string;
  reason: string;
  movedTo: string;
}

/** A saved file comes with its parsed document, so listeners need not parse it again. */
export type ArticleChange = { type: 'saved'; file: ArticleFile; doc: PMNode } | { type: 'removed'; id: string };

export class ArticleStore {
  private readonly index: ArticleIndex;
  readonly versions: VersionStore;
  readonly journal: Journal;
  /** Saves of one article run one after another, never interleaved. */
  private readonly queues = new Map<string, Promise<unknown>>();
  /** SHA-256 of each article file as Ktav last read or wrote it. */
  private readonly known = new Map<string, string>();
  private readonly listeners = new Set<(change: ArticleChange) => void>();

  constructor(
    private readonly layout: RepositoryLayout,
    private readonly language: () => UiLanguage,
    private readonly now: () => Date = () => new Date(),
    versionPolicy?: () => VersionPolicy,
  ) {
    this.index = new ArticleIndex(layout.indexFile, layout.articlesDir);
    this.versions = new VersionStore(layout, now, versionPolicy);
    this.journal = new Journal(layout, now);
  }

  /**
   * Reads the index, refreshing entries whose files changed. Damaged article files are moved
   * to `quarantine/` and reported; the rest of the repository opens. Call once after construction.
   */
  async open(): Promise<{ damaged: QuarantinedFile[] }> {
    const { damaged } = await this.index.load(async (id) => summarize(await this.readFile(id)));
    const moved: QuarantinedFile[] = [];
    for (const d of damaged) {
      const movedTo = await moveAside(join(this.layout.articlesDir, d.file), this.layout.quarantineDir, this.now());
      moved.push({ ...d, movedTo });
    }
    return { damaged: moved };
  }

  async close(): Promise<void> {
    await Promise.all(this.queues.values());
    await this.index.flush();
  }

  /** Called after every save, metadata change and removal (the search index listens). */
  onChange(listener: (change: ArticleChange) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  list(): ArticleSummary[] {
    return this.index.newestFirst();
  }

  async create(doc: DocJSON = emptyArticleDoc(), meta: Partial<ArticleFile['meta']> = {}): Promise<ArticleFile> {
    const at = this.now().toISOString();
    let node;
    try {
      node = docFromJSON(doc);
    } catch (error) {
      throw new KtavError('invalid-document', message(this.language(), 'invalidDocument', { details: (error as Error).message }));
    }
    const file: ArticleFile = {
      format: 1,
      id: newArticleId(this.now()),
      revision: 0,
      meta: {
        slug: slugify(articleFields(node).headline),
        section: '',
        tags: [],
        authors: [],
        status: 'draft',
        createdAt: at,
        updatedAt: at,
        targetWords: null,
        related: [],
        ...meta,
      },
      doc: node.toJSON() as ArticleFile['doc'],
    };
    await this.write(file);
    await this.afterWrite(file, node);
    return file;
  }

  async get(id: string): Promise<ArticleFile> {
    return this.readFile(id);
  }

  /**
   * Reads an article without counting it as seen by the person: search snippets and exports
   * use this, so reading never hides a change another program made from conflict detection.
   */
  async peek(id: string): Promise<ArticleFile> {
    return this.readFile(id, false);
  }

  /** Saves a new document for `id`, based on `baseRevision`. */
  save(id: string, baseRevision: number, doc: unknown): Promise<SaveResult> {
    return this.serialize(id, async () => {
      const node = this.parseDoc(doc);
      return this.writeDoc(await this.readCurrent(id, baseRevision, doc), node);
    });
  }

  /**
   * Saves a document sent as changed blocks (shared/editor/changedBlocks.ts) against the document
   * on disk at `baseRevision`. If the file is not at that revision (or changed under us), nothing
   * is written and `stale-base` asks for the whole text, which then meets the usual conflict check.
   */
  saveBlocks(id: string, baseRevision: number, blocks: ChangedBlocks): Promise<SaveResult> {
    return this.serialize(id, async () => {
      const current = await this.readBase(id, baseRevision);
      return this.writeDoc(current, this.parseDoc(this.joinBlocks(current, blocks)));
    });
  }

  private async writeDoc(current: ArticleFile, node: PMNode): Promise<SaveResult> {
    const { headline } = articleFields(node);
    const keepSlug = current.meta.status !== 'draft' || current.meta.slugEdited;
    const next: ArticleFile = {
      ...current,
      revision: current.revision + 1,
      meta: { ...current.meta, updatedAt: this.now().toISOString(), slug: keepSlug ? current.meta.slug : slugify(headline) },
      doc: node.toJSON() as ArticleFile['doc'],
    };
    await this.writeOrExplain(next);
    await this.journal.clear(current.id);
    const summary = await this.afterWrite(next, node);
    await this.versions.keepIfDue(next, summary.headline, summary.words);
    return { revision: next.revision, updatedAt: next.meta.updatedAt };
  }

  private joinBlocks(current: ArticleFile, blocks: ChangedBlocks): unknown {
    try {
      return withBlocks(current.doc as DocJSON, blocks);
    } catch (error) {
      throw new KtavError('invalid-document', message(this.language(), 'invalidDocument', { details: String((error as Error).message) }));
    }
  }

  /**
   * The file on disk if it is exactly the one at `baseRevision` the caller holds; otherwise
   * `stale-base`, changing nothing. `remember: false` (the journal) leaves what the person is
   * known to have seen as it was.
   */
  private async readBase(id: string, baseRevision: number, remember = true): Promise<ArticleFile> {
    const { current, moved, putBack } = await this.readAgainst(id, baseRevision);
    if (moved || !remember) putBack(false);
    if (moved) throw new KtavError('stale-base', message(this.language(), 'staleBase', { revision: String(baseRevision) }));
    return current;
  }

  /**
   * The file on disk, and whether it moved on from `baseRevision` or changed under us since the
   * person last read it. `putBack` undoes what reading it taught `known` (`keepNew`: unless the
   * article was not known before).
   */
  private async readAgainst(id: string, baseRevision: number) {
    const before = this.known.get(id);
    const current = await this.readFile(id);
    const moved = current.revision !== baseRevision || (before !== undefined && before !== this.known.get(id));
    const putBack = (keepNew: boolean) => {
      if (before !== undefined) this.known.set(id, before);
      else if (!keepNew) this.known.delete(id);
    };
    return { current, moved, putBack };
  }

  /** Changes metadata; a status change keeps a version of the article as it then is. */
  setMeta(id: string, baseRevision: number, patch: ArticleMetaPatch): Promise<ArticleFile> {
    return this.serialize(id, async () => {
      const current = await this.readCurrent(id, baseRevision, null);
      const meta = { ...current.meta, ...patch, updatedAt: this.now().toISOString() };
      if (patch.slug !== undefined) meta.slugEdited = patch.slug !== '';
      if (patch.slug === '') meta.slug = slugify(articleFields(docFromJSON(current.doc)).headline);
      const next: ArticleFile = { ...current, revision: current.revision + 1, meta };
      await this.writeOrExplain(next);
      const summary = await this.afterWrite(next);
      if (patch.status !== undefined && patch.status !== current.meta.status) {
        await this.versions.keep(next, 'status', summary.headline, summary.words);
      }
      return next;
    });
  }

  /**
   * Notes an export on the article and moves it to `exported`, keeping a version as status
   * changes do. The revision stays: the text did not change, and a save based on the current
   * revision still goes through (it re-reads the file and keeps this metadata).
   */
  recordExport(id: string, record: ExportRecord): Promise<ArticleFile> {
    return this.serialize(id, async () => {
      const current = await this.readFile(id);
      const next: ArticleFile = {
        ...current,
        meta: { ...current.meta, status: 'exported', exports: [...(current.meta.exports ?? []), record] },
      };
      await this.writeOrExplain(next);
      const summary = await this.afterWrite(next);
      if (current.meta.status !== 'exported') await this.versions.keep(next, 'status', summary.headline, summary.words);
      return next;
    });
  }

  /** Keeps the article as saved now as a version (Ctrl+S). */
  keepVersion(id: string, reason: VersionReason = 'explicit'): Promise<VersionInfo> {
    return this.serialize(id, async () => {
      const current = await this.readFile(id);
      const summary = summarize(current);
      return this.versions.keep(current, reason, summary.headline, summary.words);
    });
  }

  /**
   * Brings back a version's text as a new revision. The text it replaces is kept as a version
   * first, so a restore can itself be undone from the history.
   */
  restoreVersion(id: string, name: string): Promise<ArticleFile> {
    return this.serialize(id, async () => {
      let version;
      try {
        version = await this.versions.get(id, name);
      } catch {
        throw new KtavError('not-found', message(this.language(), 'versionNotFound', { name }));
      }
      return this.replaceDoc(id, version.doc);
    });
  }

  /** Saves the crash journal's text of `id` as a new revision and clears the journal. */
  restoreJournal(id: string): Promise<ArticleFile> {
    return this.serialize(id, async () => {
      const entry = await this.journal.read(id);
      if (!entry) throw new KtavError('not-found', message(this.language(), 'journalNotFound', { id }));
      const file = await this.replaceDoc(id, entry.doc);
      await this.journal.clear(id);
      return file;
    });
  }

  /** Records unsaved text in the crash journal; queued with saves so a save always clears it. */
  recordJournal(id: string, baseRevision: number, doc: unknown): Promise<void> {
    return this.serialize(id, () => this.journal.record(id, baseRevision, doc));
  }

  /** Records unsaved text sent as changed blocks against the file at `baseRevision` (else `stale-base`, recording nothing). */
  recordJournalBlocks(id: string, baseRevision: number, blocks: ChangedBlocks): Promise<void> {
    return this.serialize(id, async () => {
      const current = await this.readBase(id, baseRevision, false);
      await this.journal.record(id, baseRevision, this.joinBlocks(current, blocks));
    });
  }

  async discardJournal(id: string): Promise<void> {
    await this.serialize(id, () => this.journal.clear(id));
  }

  /** Looks an article up by id or by slug. */
  resolve(idOrSlug: string): ArticleSummary | undefined {
    return this.index.get(idOrSlug) ?? this.index.list().find((a) => a.slug === idOrSlug);
  }

  /** The list line of one article, by id, without going through the whole list (search results need 50 of them). */
  summary(id: string): ArticleSummary | undefined {
    return this.index.get(id);
  }

  async trash(id: string): Promise<void> {
    await this.serialize(id, async () => {
      await this.readFile(id);
      await moveToTrash(this.layout, id);
      await this.journal.clear(id);
      this.known.delete(id);
      this.index.remove(id);
      this.emit({ type: 'removed', id });
    });
  }

  async listTrash(): Promise<ArticleSummary[]> {
    const out: ArticleSummary[] = [];
    for (const id of await trashedIds(this.layout)) {
      try {
        out.push(summarize(articleFileSchema.parse(JSON.parse(await readFile(trashedFile(this.layout, id), 'utf8')))));
      } catch {
        // Unreadable trash is left for emptying; it is not worth stopping the list for.
      }
    }
    return out.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  }

  async restoreFromTrash(id: string): Promise<ArticleFile> {
    return this.serialize(id, async () => {
      try {
        await moveFromTrash(this.layout, id);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'ENOENT') throw new KtavError('not-found', message(this.language(), 'articleNotFound', { id }));
        throw new KtavError('io', message(this.language(), 'writeFailed', { details: (error as Error).message }));
      }
      const file = await this.readFile(id);
      await this.afterWrite(file);
      return file;
    });
  }

  emptyTrash(): Promise<number> {
    return emptyTrash(this.layout);
  }

  // ---- internals ----

  private parseDoc(doc: unknown) {
    try {
      return docFromJSON(doc);
    } catch (error) {
      throw new KtavError('invalid-document', message(this.language(), 'invalidDocument', { details: String((error as Error).message) }));
    }
  }

  /**
   * The file on disk, checked against what the caller based its change on. If it moved on,
   * the caller's document (when there is one) is kept as a conflict copy and the change refused.
   */
  private async readCurrent(id: string, baseRevision: number, doc: unknown): Promise<ArticleFile> {
    const { current, moved, putBack } = await this.readAgainst(id, baseRevision);
    if (moved) {
      // Until the person looks at the disk's text again (`get`), every save here is refused.
      putBack(true);
      const copy = doc === null ? '' : await this.keepConflictCopy(current, doc);
      throw new KtavError('conflict', message(this.language(), doc === null ? 'conflictMeta' : 'conflict', { path: copy }), {
        copy,
        diskRevision: current.revision,
      });
    }
    return current;
  }

  private async replaceDoc(id: string, doc: unknown): Promise<ArticleFile> {
    const node = this.parseDoc(doc);
    const current = await this.readFile(id);
    const before = summarize(current);
    await this.versions.keep(current, 'before-restore', before.headline, before.words);
    const next: ArticleFile = {
      ...current,
      revision: current.revision + 1,
      meta: { ...current.meta, updatedAt: this.now().toISOString() },
      doc: node.toJSON() as ArticleFile['doc'],
    };
    await this.writeOrExplain(next);
    const summary = await this.afterWrite(next, node);
    await this.versions.keep(next, 'restored', summary.headline, summary.words);
    return next;
  }

  private async afterWrite(file: ArticleFile, doc: PMNode = docFromJSON(file.doc)): Promise<ArticleSummary> {
    const summary = summarize(file, doc);
    await this.index.update(summary);
    this.emit({ type: 'saved', file, doc });
    return summary;
  }

  private emit(change: ArticleChange): void {
    for (const l of this.listeners) {
      try {
        l(change);
      } catch {
        // A listener (the search index) failing must never fail a save.
      }
    }
  }

  private async readFile(id: string, remember = true): Promise<ArticleFile> {
    let text: string;
    try {
      text = await readFile(this.layout.articleFile(id), 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new KtavError('not-found', message(this.language(), 'articleNotFound', { id }));
      throw new KtavError('io', message(this.language(), 'readFailed', { details: (error as Error).message }));
    }
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch (error) {
      throw new KtavError('invalid-document', message(this.language(), 'invalidDocument', { details: `${id}.json: ${(error as Error).message}` }));
    }
    const parsed = articleFileSchema.safeParse(raw);
    if (!parsed.success) {
      throw new KtavError('invalid-document', message(this.language(), 'invalidDocument', { details: `${id}.json: ${parsed.error.issues[0]?.message ?? ''}` }));
    }
    if (remember) this.known.set(id, sha256(text));
    return parsed.data;
  }

  private async keepConflictCopy(current: ArticleFile, doc: unknown): Promise<string> {
    const stamp = this.now().toISOString().replace(/[:.]/g, '-');
    await mkdir(this.layout.conflictsDir, { recursive: true });
    const path = join(this.layout.conflictsDir, `${current.id}.${stamp}.json`);
    await new DurableJSONFile(path).write({ ...current, doc, conflictOf: current.id });
    return path;
  }

  private async writeOrExplain(file: ArticleFile): Promise<void> {
    try {
      await this.write(file);
    } catch (error) {
      throw new KtavError('io', message(this.language(), 'writeFailed', { details: (error as Error).message }));
    }
  }

  /** Writes an article file through lowdb and the durable adapter, and remembers its bytes. */
  private async write(file: ArticleFile): Promise<void> {
    // A fresh Low per write: the file on disk, not a cached copy, is the truth between saves.
    const adapter = new DurableJSONFile<ArticleFile>(this.layout.articleFile(file.id));
    const db = new Low<ArticleFile>(adapter, file);
    await db.write();
    this.known.set(file.id, sha256(adapter.serialize(file)));
  }

  private serialize<T>(id: string, work: () => Promise<T>): Promise<T> {
    const previous = this.queues.get(id) ?? Promise.resolve();
    const next = previous.catch(() => undefined).then(work);
    this.queues.set(id, next);
    void next
      .finally(() => {
        if (this.queues.get(id) === next) this.queues.delete(id);
      })
      .catch(() => undefined);
    return next;
  }
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** `20261127-1a2b3c4d`: sortable by day, unique by chance. */
function newArticleId(now: Date): string {
  const day = now.toISOString().slice(0, 10).replace(/-/g, '');
  return `${day}-${randomBytes(4).toString('hex')}`;
}
