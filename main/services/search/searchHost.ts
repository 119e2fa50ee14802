// The owner of the search index, wherever it runs: in a worker thread for the app (so loading
// or building a large index never freezes the window), or in-process for tests and small CLIs.
// It speaks in plain messages, so the same code serves both.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { articleFileSchema } from '../../../shared/model/article.js';
import { atomicWrite } from '../storage/atomicWrite.js';
import { searchDocument, type SearchDocument } from './searchFields.js';
import { SearchIndex, type SearchHit } from './searchIndex.js';

export type SearchRequest =
  | { type: 'open'; indexFile: string; articlesDir: string; stamps: Record<string, string> }
  | { type: 'upsert'; doc: SearchDocument }
  | { type: 'remove'; id: string }
  | { type: 'search'; query: string; limit: number }
  | { type: 'flush' };

export interface OpenReport {
  loaded: boolean;
  reindexed: number;
  removed: number;
}

export type SearchReply = OpenReport | SearchHit[] | null;

/**
 * The whole index is rewritten at most this often (and on close), never per save: writing it
 * costs the size of the repository. Saves since the last write are caught at the next start by
 * comparing each article's stamp, which costs only the articles that changed.
 */
const PERSIST_DELAY_MS = 2 * 60_000;

export class SearchHost {
  private index = SearchIndex.empty();
  private indexFile = '';
  private dirty = false;
  private timer: ReturnType<typeof setTimeout> | undefined;

  async handle(request: SearchRequest): Promise<SearchReply> {
    switch (request.type) {
      case 'open':
        return this.open(request.indexFile, request.articlesDir, request.stamps);
      case 'upsert':
        this.index.upsert(request.doc);
        this.persistSoon();
        return null;
      case 'remove':
        this.index.remove(request.id);
        this.persistSoon();
        return null;
      case 'search':
        return this.index.search(request.query, request.limit);
      case 'flush':
        await this.persistNow();
        return null;
    }
  }

  /**
   * Loads the persisted index and brings it up to date: articles whose stamp changed (or that
   * are new) are re-read and re-indexed, entries of articles that are gone are removed. A
   * missing or damaged index file is rebuilt from the article files.
   */
  private async open(indexFile: string, articlesDir: string, stamps: Record<string, string>): Promise<OpenReport> {
    this.indexFile = indexFile;
    let loaded = false;
    try {
      this.index = SearchIndex.fromJSON(await readFile(indexFile, 'utf8'));
      loaded = true;
    } catch {
      this.index = SearchIndex.empty();
    }
    let reindexed = 0;
    let removed = 0;
    for (const id of [...this.index.stamps.keys()]) {
      if (!(id in stamps)) {
        this.index.remove(id);
        removed++;
      }
    }
    for (const [id, stamp] of Object.entries(stamps)) {
      if (this.index.stamps.get(id) === stamp) continue;
      try {
        const file = articleFileSchema.parse(JSON.parse(await readFile(join(articlesDir, `${id}.json`), 'utf8')));
        this.index.upsert(searchDocument(file));
        reindexed++;
      } catch {
        // The store quarantines damaged files; one that fails here is simply not searchable.
      }
    }
    if (reindexed || removed || !loaded) await this.persistNow();
    return { loaded, reindexed, removed };
  }

  private persistSoon(): void {
    this.dirty = true;
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.persistNow().catch(() => undefined); // derived: rebuilt on the next start if lost
    }, PERSIST_DELAY_MS);
    this.timer.unref?.();
  }

  private async persistNow(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (!this.indexFile) return;
    this.dirty = false;
    await atomicWrite(this.indexFile, this.index.toJSON());
  }

  get pending(): boolean {
    return this.dirty;
  }
}
