// Search for the app and the command line: keeps the index in step with the article store
// (one article re-indexed per save) and answers queries with ranked, highlighted results.
// The index lives in a worker thread when the built worker is present (the app, the CLI),
// in-process otherwise (unit tests run the sources).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { SearchResult } from '../../../shared/model/search.js';
import type { ArticleStore } from '../articles/articleStore.js';
import type { RepositoryLayout } from '../repository.js';
import { searchDocument } from './searchFields.js';
import { SearchHost, type OpenReport, type SearchMatch, type SearchReply, type SearchRequest } from './searchHost.js';

interface Backend {
  send(request: SearchRequest): Promise<SearchReply>;
  close(): Promise<void>;
}

class InProcessBackend implements Backend {
  private readonly host = new SearchHost();
  send(request: SearchRequest): Promise<SearchReply> {
    return this.host.handle(request);
  }
  async close(): Promise<void> {}
}

class WorkerBackend implements Backend {
  private readonly worker: Worker;
  private seq = 0;
  private readonly waiting = new Map<number, { resolve: (v: SearchReply) => void; reject: (e: Error) => void }>();

  constructor(path: string) {
    this.worker = new Worker(path);
    this.worker.on('message', (m: { seq: number; ok: boolean; value?: SearchReply; message?: string }) => {
      const w = this.waiting.get(m.seq);
      this.waiting.delete(m.seq);
      if (m.ok) w?.resolve(m.value ?? null);
      else w?.reject(new Error(m.message));
    });
    this.worker.on('error', (error) => {
      for (const w of this.waiting.values()) w.reject(error);
      this.waiting.clear();
    });
  }

  send(request: SearchRequest): Promise<SearchReply> {
    const seq = ++this.seq;
    return new Promise((resolve, reject) => {
      this.waiting.set(seq, { resolve, reject });
      this.worker.postMessage({ seq, request });
    });
  }

  async close(): Promise<void> {
    await this.worker.terminate();
  }
}

/** The built worker beside this module (dist/main/searchWorker.js), if there is one. */
function builtWorker(): string | null {
  const path = fileURLToPath(new URL('./searchWorker.js', import.meta.url));
  return existsSync(path) ? path : null;
}

export interface SearchOptions {
  /** Run the index in a worker thread when the built worker exists (default true). */
  worker?: boolean;
  /** The worker script, when it is not beside this module (tests, benchmarks). */
  workerPath?: string;
}

export class SearchService {
  private pending: Promise<unknown> = Promise.resolve();
  private unsubscribe: () => void = () => undefined;

  private constructor(
    private readonly backend: Backend,
    private readonly store: ArticleStore,
    /** Resolves once the index is loaded (or built) and up to date; opening never waits for it. */
    readonly ready: Promise<OpenReport>,
  ) {}

  /** Starts loading the index (in the worker) and returns at once; `ready` says when it is loaded. */
  static async open(layout: RepositoryLayout, store: ArticleStore, options: SearchOptions = {}): Promise<SearchService> {
    const workerPath = options.worker === false ? null : (options.workerPath ?? builtWorker());
    const backend: Backend = workerPath ? new WorkerBackend(workerPath) : new InProcessBackend();
    const stamps = Object.fromEntries(store.list().map((a) => [a.id, `${a.revision}@${a.updatedAt}`]));
    const ready = backend.send({ type: 'open', indexFile: layout.searchIndexFile, articlesDir: layout.articlesDir, stamps }) as Promise<OpenReport>;
    ready.catch(() => undefined); // reported by search(), not as an unhandled rejection
    const service = new SearchService(backend, store, ready);
    service.pending = ready;
    service.unsubscribe = store.onChange((change) => {
      const request: SearchRequest =
        change.type === 'saved' ? { type: 'upsert', doc: searchDocument(change.file, change.doc) } : { type: 'remove', id: change.id };
      // Chained, so updates reach the index in order and never before it has loaded.
      service.pending = service.pending.catch(() => undefined).then(() => service.backend.send(request)).catch(() => undefined);
    });
    return service;
  }

  /**
   * Ranked results, the best ones with a highlighted snippet. An empty query finds nothing.
   * The index and the snippets (which read the articles) are the worker's work; this thread only
   * adds each result's line from the article list.
   */
  async search(query: string, limit = 50): Promise<SearchResult[]> {
    if (!query.trim()) return [];
    await this.ready;
    await this.pending;
    const matches = (await this.backend.send({ type: 'search', query, limit })) as SearchMatch[];
    const results: SearchResult[] = [];
    for (const match of matches) {
      const summary = this.store.summary(match.id);
      if (!summary) continue;
      results.push({
        id: match.id,
        headline: summary.headline,
        status: summary.status,
        section: summary.section,
        updatedAt: summary.updatedAt,
        score: match.score,
        snippet: match.snippet,
      });
    }
    return results;
  }

  async close(): Promise<void> {
    this.unsubscribe();
    await this.ready.catch(() => undefined);
    await this.pending;
    await this.backend.send({ type: 'flush' });
    await this.backend.close();
  }
}
