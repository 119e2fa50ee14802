// The articles of a repository: one lowdb JSON file each (./articleFiles.ts), saved against the
// revision the change was based on (./conflicts.ts, ./saving.ts), with the crash journal
// (../journal), the version history (../history) and the trash (./trash.ts) beside them. This
// class puts them together: work on one article is queued, and every write updates the list
// and tells the listeners (the search index).
import { join } from 'node:path';
import type { Node as PMNode } from 'prosemirror-model';
import { KtavError } from '../../../shared/api/errors.js';
import type { ArticleFile, ArticleMetaPatch, ArticleSummary } from '../../../shared/model/article.js';
import { docFromJSON, emptyArticleDoc, type DocJSON } from '../../../shared/editor/document.js';
import type { ChangedBlocks } from '../../../shared/editor/changedBlocks.js';
import type { VersionInfo } from '../../../shared/model/version.js';
import type { ExportRecord } from '../../../shared/model/export.js';
import type { PublishedRecord } from '../../../shared/model/publish.js';
import { moveAside } from '../storage/quarantine.js';
import type { RepositoryLayout } from '../repository.js';
import { VersionStore, type VersionPolicy } from '../history/versionStore.js';
import type { VersionReason } from '../history/thinning.js';
import { Journal } from '../journal/journal.js';
import { ArticleFiles } from './articleFiles.js';
import { ArticleIndex } from './articleIndex.js';
import { Conflicts } from './conflicts.js';
import { PerArticleQueue } from './perArticleQueue.js';
import type { WriteGate } from '../storage/writeGate.js';
import { joinBlocks, newArticle, parseDoc, patchedRevision, replacedRevision, savedRevision, withExport, withPublished } from './saving.js';
import { summarize } from './summary.js';
import { emptyTrash, moveFromTrash, moveToTrash, trashedSummaries } from './trash.js';

export interface SaveResult {
  revision: number;
  updatedAt: string;
  /** The text written when the save was merged with a file that changed on disk (a sync): the window takes it in. */
  merged?: ArticleFile['doc'];
}

export interface ArticleStoreOptions {
  /** The repository's write gate, shared with the media library and held by a sync. */
  gate?: WriteGate;
  /** Who is saving, written into every file this store writes (the sharing settings' name). */
  changedBy?: () => string | null;
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
  private readonly files: ArticleFiles;
  private readonly conflicts: Conflicts;
  readonly versions: VersionStore;
  readonly journal: Journal;
  private readonly queue: PerArticleQueue;
  private readonly listeners = new Set<(change: ArticleChange) => void>();

  constructor(
    private readonly layout: RepositoryLayout,
    private readonly now: () => Date = () => new Date(),
    versionPolicy?: () => VersionPolicy,
    private readonly options: ArticleStoreOptions = {},
  ) {
    this.queue = new PerArticleQueue(options.gate);
    this.index = new ArticleIndex(layout.indexFile, layout.articlesDir);
    this.files = new ArticleFiles(layout);
    this.conflicts = new Conflicts(this.files, layout, now);
    this.versions = new VersionStore(layout, now, versionPolicy);
    this.journal = new Journal(layout, now);
  }

  /**
   * Reads the index, refreshing entries whose files changed. Damaged article files are moved
   * to `quarantine/` and reported; the rest of the repository opens. Call once after construction.
   */
  async open(): Promise<{ damaged: QuarantinedFile[] }> {
    const { damaged } = await this.index.load(async (id) => summarize(await this.files.read(id)));
    const moved: QuarantinedFile[] = [];
    for (const d of damaged) {
      const movedTo = await moveAside(join(this.layout.articlesDir, d.file), this.layout.quarantineDir, this.now());
      moved.push({ ...d, movedTo });
    }
    return { damaged: moved };
  }

  async close(): Promise<void> {
    await this.queue.idle();
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
    const node = parseDoc(doc);
    const file = this.stamped(newArticle(node, meta, this.now()));
    await this.files.write(file);
    await this.afterWrite(file, node);
    return file;
  }

  async get(id: string): Promise<ArticleFile> {
    return this.files.read(id);
  }

  /**
   * Reads an article without counting it as seen by the person: search snippets and exports
   * use this, so reading never hides a change another program made from conflict detection.
   */
  async peek(id: string): Promise<ArticleFile> {
    return this.files.read(id, false);
  }

  /** Saves a new document for `id`, based on `baseRevision`. */
  save(id: string, baseRevision: number, doc: unknown): Promise<SaveResult> {
    return this.queue.run(id, async () => {
      const node = parseDoc(doc);
      const { current, merged } = await this.conflicts.merged(id, baseRevision, node.toJSON());
      if (!merged) return this.writeDoc(current, node);
      return { ...(await this.writeDoc(current, parseDoc(merged))), merged };
    });
  }

  /**
   * Saves a document sent as changed blocks (shared/editor/changedBlocks.ts) against the document
   * on disk at `baseRevision`. If the file is not at that revision (or changed under us), nothing
   * is written and `stale-base` asks for the whole text, which then meets the usual conflict check.
   */
  saveBlocks(id: string, baseRevision: number, blocks: ChangedBlocks): Promise<SaveResult> {
    return this.queue.run(id, async () => {
      const current = await this.conflicts.base(id, baseRevision);
      return this.writeDoc(current, parseDoc(joinBlocks(current, blocks)));
    });
  }

  private async writeDoc(current: ArticleFile, node: PMNode): Promise<SaveResult> {
    const next = this.stamped(savedRevision(current, node, this.now()));
    await this.files.save(next);
    await this.journal.clear(current.id);
    const summary = await this.afterWrite(next, node);
    await this.versions.keepIfDue(next, summary.headline, summary.words);
    return { revision: next.revision, updatedAt: next.meta.updatedAt };
  }

  /** Changes metadata; a status change keeps a version of the article as it then is. */
  setMeta(id: string, baseRevision: number, patch: ArticleMetaPatch): Promise<ArticleFile> {
    return this.queue.run(id, async () => {
      const current = await this.conflicts.current(id, baseRevision, null);
      const next = this.stamped(patchedRevision(current, patch, this.now()));
      await this.files.save(next);
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
    return this.queue.run(id, async () => {
      const current = await this.files.read(id);
      const next = withExport(current, record);
      await this.files.save(next);
      const summary = await this.afterWrite(next);
      if (current.meta.status !== 'exported') await this.versions.keep(next, 'status', summary.headline, summary.words);
      return next;
    });
  }

  /** Notes a publish to a site (`meta.published`); like an export, the revision stays. */
  recordPublish(id: string, record: PublishedRecord): Promise<ArticleFile> {
    return this.queue.run(id, async () => {
      const current = await this.files.read(id);
      const next = withPublished(current, record);
      await this.files.save(next);
      const summary = await this.afterWrite(next);
      if (current.meta.status !== next.meta.status) await this.versions.keep(next, 'status', summary.headline, summary.words);
      return next;
    });
  }

  // ---- versions ----

  /** Keeps the article as saved now as a version (Ctrl+S). */
  keepVersion(id: string, reason: VersionReason = 'explicit'): Promise<VersionInfo> {
    return this.queue.run(id, async () => {
      const current = await this.files.read(id);
      const summary = summarize(current);
      return this.versions.keep(current, reason, summary.headline, summary.words);
    });
  }

  /**
   * Brings back a version's text as a new revision. The text it replaces is kept as a version
   * first, so a restore can itself be undone from the history.
   */
  restoreVersion(id: string, name: string): Promise<ArticleFile> {
    return this.queue.run(id, async () => {
      let version;
      try {
        version = await this.versions.get(id, name);
      } catch {
        throw new KtavError('not-found', 'versionNotFound', { name });
      }
      return this.replaceDoc(id, version.doc);
    });
  }

  private async replaceDoc(id: string, doc: unknown): Promise<ArticleFile> {
    const node = parseDoc(doc);
    const current = await this.files.read(id);
    const before = summarize(current);
    await this.versions.keep(current, 'before-restore', before.headline, before.words);
    const next = this.stamped(replacedRevision(current, node, this.now()));
    await this.files.save(next);
    const summary = await this.afterWrite(next, node);
    await this.versions.keep(next, 'restored', summary.headline, summary.words);
    return next;
  }

  // ---- the crash journal ----

  /** Saves the crash journal's text of `id` as a new revision and clears the journal. */
  restoreJournal(id: string): Promise<ArticleFile> {
    return this.queue.run(id, async () => {
      const entry = await this.journal.read(id);
      if (!entry) throw new KtavError('not-found', 'journalNotFound', { id });
      const file = await this.replaceDoc(id, entry.doc);
      await this.journal.clear(id);
      return file;
    });
  }

  /** Records unsaved text in the crash journal; queued with saves so a save always clears it. */
  recordJournal(id: string, baseRevision: number, doc: unknown): Promise<void> {
    return this.queue.run(id, () => this.journal.record(id, baseRevision, doc));
  }

  /** Records unsaved text sent as changed blocks against the file at `baseRevision` (else `stale-base`, recording nothing). */
  recordJournalBlocks(id: string, baseRevision: number, blocks: ChangedBlocks): Promise<void> {
    return this.queue.run(id, async () => {
      const current = await this.conflicts.base(id, baseRevision, false);
      await this.journal.record(id, baseRevision, joinBlocks(current, blocks));
    });
  }

  async discardJournal(id: string): Promise<void> {
    await this.queue.run(id, () => this.journal.clear(id));
  }

  // ---- looking up ----

  /** Looks an article up by id or by slug. */
  resolve(idOrSlug: string): ArticleSummary | undefined {
    return this.index.get(idOrSlug) ?? this.index.list().find((a) => a.slug === idOrSlug);
  }

  /** The list line of one article, by id, without going through the whole list (search results need 50 of them). */
  summary(id: string): ArticleSummary | undefined {
    return this.index.get(id);
  }

  // ---- the trash ----

  async trash(id: string): Promise<void> {
    await this.queue.run(id, async () => {
      await this.files.read(id);
      await moveToTrash(this.layout, id);
      await this.journal.clear(id);
      this.files.setKnown(id, undefined);
      this.index.remove(id);
      this.emit({ type: 'removed', id });
    });
  }

  listTrash(): Promise<ArticleSummary[]> {
    return trashedSummaries(this.layout);
  }

  async restoreFromTrash(id: string): Promise<ArticleFile> {
    return this.queue.run(id, async () => {
      await moveFromTrash(this.layout, id);
      const file = await this.files.read(id);
      await this.afterWrite(file);
      return file;
    });
  }

  emptyTrash(): Promise<number> {
    return emptyTrash(this.layout);
  }

  // ---- files another program changed ----

  /**
   * Takes in article files a sync wrote or removed: the list, the search index (a listener) and
   * conflict detection see them. Read without counting as seen, so an editor holding an older
   * revision still meets the change when it saves.
   */
  async refresh(ids: readonly string[]): Promise<void> {
    await Promise.all(
      ids.map((id) =>
        this.queue.run(id, async () => {
          let file: ArticleFile;
          try {
            file = await this.files.read(id, false);
          } catch (error) {
            if (error instanceof KtavError && error.code === 'not-found') {
              this.index.remove(id);
              this.emit({ type: 'removed', id });
            }
            return; // a damaged file is met (and set aside) when the repository next opens
          }
          await this.afterWrite(file);
        }),
      ),
    );
  }

  // ---- after every write ----

  /** The file with who wrote it, when sharing names them. */
  private stamped(file: ArticleFile): ArticleFile {
    const name = this.options.changedBy?.();
    return name ? { ...file, meta: { ...file.meta, changedBy: name } } : file;
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
}
