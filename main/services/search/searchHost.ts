// The owner of the search index, wherever it runs: in a worker thread for the app (so loading
// or building a large index never freezes the window), or in-process for tests and small CLIs.
// It speaks in plain messages, so the same code serves both.
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { articleFileSchema } from '../../../shared/model/article.js';
import type { SnippetPart } from '../../../shared/model/search.js';
import { atomicWrite } from '../storage/atomicWrite.js';
import { searchDocumentFromJSON, type SearchDocument } from './searchFields.js';
import { SearchIndex } from './searchIndex.js';
import { decodeIndex, encodeIndex } from './searchIndexFile.js';
import { snippet } from './snippet.js';

export type SearchRequest =
  /** `fresh`: build from the articles alone, as if there were no saved index. */
  | { type: 'open'; indexFile: string; articlesDir: string; stamps: Record<string, string>; fresh?: boolean }
  | { type: 'upsert'; doc: SearchDocument }
  | { type: 'remove'; id: string }
  /** `stripped`: for a query word (normalised), its prefix-stripped forms that are words (see SearchIndex.search). */
  | { type: 'search'; query: string; limit: number; stripped?: Record<string, string[]> }
  | { type: 'flush' };

export interface OpenReport {
  loaded: boolean;
  reindexed: number;
  removed: number;
}

/** A ranked result; the best ones come with their snippet, built here so the window's thread never reads the articles. */
export interface SearchMatch {
  id: string;
  score: number;
  snippet: SnippetPart[];
}

export type SearchReply = OpenReport | SearchMatch[] | null;

/** Results that get a snippet (each costs reading its article). */
const SNIPPETS_FOR = 30;
/** Progress of building the index is reported at most this often, and at the end. */
const PROGRESS_EVERY_MS = 100;

/** Told how far building the index has come: `done` of the `total` articles to read. */
export type OpenProgress = (done: number, total: number) => void;

/** Article files read at once while building an index or snippets. */
const READ_AHEAD = 8;

/**
 * The whole index is rewritten at most this often (and on close), never per save: writing it
 * costs the size of the repository. Saves since the last write are caught at the next start by
 * comparing each article's stamp, which costs only the articles that changed.
 */
const PERSIST_DELAY_MS = 2 * 60_000;

export class SearchHost {
  /**
   * `syncReads`: read article files synchronously. Right in the worker, which has nothing else to
   * do meanwhile: each asynchronous read is four trips through libuv's four file threads, which
   * the main thread's saves share, so reading 30 articles for snippets (or 10,000 to build the
   * index) made the main thread's saves wait and the search wait on a loaded machine.
   */
  constructor(private readonly options: { syncReads?: boolean } = {}) {}

  private index = SearchIndex.empty();
  private indexFile = '';
  private articlesDir = '';
  private dirty = false;
  private timer: ReturnType<typeof setTimeout> | undefined;

  async handle(request: SearchRequest, progress?: OpenProgress): Promise<SearchReply> {
    switch (request.type) {
      case 'open':
        return this.open(request.indexFile, request.articlesDir, request.stamps, progress, request.fresh);
      case 'upsert':
        this.index.upsert(request.doc);
        this.persistSoon();
        return null;
      case 'remove':
        this.index.remove(request.id);
        this.persistSoon();
        return null;
      case 'search':
        return this.search(request.query, request.limit, request.stripped);
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
  private async open(indexFile: string, articlesDir: string, stamps: Record<string, string>, progress?: OpenProgress, fresh = false): Promise<OpenReport> {
    this.indexFile = indexFile;
    this.articlesDir = articlesDir;
    let loaded = false;
    this.index = SearchIndex.empty();
    if (!fresh) {
      try {
        this.index = SearchIndex.fromState(decodeIndex(await readFile(indexFile, 'utf8')));
        loaded = true;
      } catch {
        // missing or damaged: built from the articles below
      }
    }
    let reindexed = 0;
    let removed = 0;
    for (const id of [...this.index.stamps.keys()]) {
      if (!(id in stamps)) {
        this.index.remove(id);
        removed++;
      }
    }
    const stale = Object.entries(stamps)
      .filter(([id, stamp]) => this.index.stamps.get(id) !== stamp)
      .map(([id]) => id);
    progress?.(0, stale.length);
    let read = 0;
    let told = Date.now();
    for await (const doc of this.documents(stale)) {
      read++;
      if (progress && Date.now() - told >= PROGRESS_EVERY_MS) {
        progress(read, stale.length);
        told = Date.now();
      }
      // The store quarantines damaged files; one that fails here is simply not searchable.
      if (!doc) continue;
      this.index.upsert(doc);
      reindexed++;
    }
    progress?.(stale.length, stale.length);
    if (reindexed || removed || !loaded) await this.persistNow();
    return { loaded, reindexed, removed };
  }

  private async search(query: string, limit: number, stripped?: Record<string, string[]>): Promise<SearchMatch[]> {
    const hits = this.index.search(query, limit, stripped ? new Map(Object.entries(stripped)) : undefined);
    const snippets = new Map<string, SnippetPart[]>();
    const withSnippet = hits.slice(0, SNIPPETS_FOR);
    let i = 0;
    for await (const doc of this.documents(withSnippet.map((h) => h.id))) {
      const hit = withSnippet[i++]!;
      if (doc) snippets.set(hit.id, snippet([doc.body, doc.lead, doc.headline, doc.byline, doc.tags], hit.terms));
    }
    return hits.map((h) => ({ id: h.id, score: h.score, snippet: snippets.get(h.id) ?? [] }));
  }

  /** The search text of each article in `ids`, in order (null for one that cannot be read), reading a few ahead. */
  private async *documents(ids: string[]): AsyncGenerator<SearchDocument | null> {
    const parse = (text: string) => searchDocumentFromJSON(articleFileSchema.parse(JSON.parse(text)));
    const path = (id: string) => join(this.articlesDir, `${id}.json`);
    if (this.options.syncReads) {
      for (const id of ids) {
        let doc: SearchDocument | null = null;
        try {
          doc = parse(readFileSync(path(id), 'utf8'));
        } catch {
          // unreadable: not searchable (the store reports damaged files)
        }
        yield doc;
      }
      return;
    }
    const read = (id: string) =>
      readFile(path(id), 'utf8')
        .then(parse)
        .catch(() => null);
    const ahead: Promise<SearchDocument | null>[] = ids.slice(0, READ_AHEAD).map(read);
    for (let i = 0; i < ids.length; i++) {
      const next = ids[i + READ_AHEAD];
      if (next !== undefined) ahead.push(read(next));
      yield await ahead[i]!;
      ahead[i] = Promise.resolve(null); // let the document go
    }
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
    await atomicWrite(this.indexFile, encodeIndex(this.index.state()));
  }

  get pending(): boolean {
    return this.dirty;
  }
}
