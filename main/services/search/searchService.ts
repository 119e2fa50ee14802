// Search for the app and the command line: keeps the index in step with the article store
// (one article re-indexed per save) and answers queries with ranked, highlighted results.
// The index lives in a worker thread when the built worker is present (the app, the CLI),
// in-process otherwise (unit tests run the sources).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { KtavError } from '../../../shared/api/errors.js';
import type { SearchIndexStatus, SearchResult } from '../../../shared/model/search.js';
import type { ArticleStore } from '../articles/articleStore.js';
import type { RepositoryLayout } from '../repository.js';
import { normalizeTerm, tokenize } from './hebrewTerms.js';
import { searchDocument } from './searchFields.js';
import { SearchHost, type OpenProgress, type OpenReport, type SearchMatch, type SearchReply, type SearchRequest } from './searchHost.js';

interface Backend {
  send(request: SearchRequest): Promise<SearchReply>;
  close(): Promise<void>;
}

class InProcessBackend implements Backend {
  private readonly host = new SearchHost();
  constructor(private readonly progress: OpenProgress) {}
  send(request: SearchRequest): Promise<SearchReply> {
    return this.host.handle(request, this.progress);
  }
  async close(): Promise<void> {}
}

class WorkerBackend implements Backend {
  private readonly worker: Worker;
  private seq = 0;
  private readonly waiting = new Map<number, { resolve: (v: SearchReply) => void; reject: (e: Error) => void }>();

  constructor(path: string, progress: OpenProgress) {
    this.worker = new Worker(path);
    this.worker.on('message', (m: { seq: number; ok: boolean; value?: SearchReply; message?: string; progress?: { done: number; total: number } }) => {
      if (m.progress) return progress(m.progress.done, m.progress.total);
      const w = this.waiting.get(m.seq);
      this.waiting.delete(m.seq);
      if (m.ok) w?.resolve(m.value ?? null);
      else w?.reject(new Error(m.message));
    });
    this.worker.on('error', (error) => this.failAll(error));
  }

  send(request: SearchRequest): Promise<SearchReply> {
    const seq = ++this.seq;
    return new Promise((resolve, reject) => {
      this.waiting.set(seq, { resolve, reject });
      this.worker.postMessage({ seq, request });
    });
  }

  /** Stops the worker at once, even mid-build; what it was asked is answered with an error. */
  async close(): Promise<void> {
    await this.worker.terminate();
    this.failAll(new Error('search worker stopped'));
  }

  private failAll(error: Error): void {
    for (const w of this.waiting.values()) w.reject(error);
    this.waiting.clear();
  }
}

/**
 * The built worker, dist/main/searchWorker.js, if there is one: beside this module when it is
 * bundled into an entry of dist/main, one folder up when it is one of dist/main/chunks/.
 */
function builtWorker(): string | null {
  for (const relative of ['./searchWorker.js', '../searchWorker.js']) {
    const path = fileURLToPath(new URL(relative, import.meta.url));
    if (existsSync(path)) return path;
  }
  return null;
}

export interface SearchOptions {
  /** Run the index in a worker thread when the built worker exists (default true). */
  worker?: boolean;
  /** The worker script, when it is not beside this module (tests, benchmarks). */
  workerPath?: string;
  /**
   * For each query word, its prefix-stripped forms that are words of the dictionary (the
   * spelling service's). Without it, or when it fails, a query is searched as typed.
   */
  stripped?: (words: string[]) => Promise<string[][]>;
}

/** Thrown by `search` when the index was not built (cancelled or failed); the window offers to build it. */
export class SearchNotReadyError extends Error {
  constructor() {
    super('the search index is not built');
  }
}

export class SearchService {
  private pending: Promise<unknown> = Promise.resolve();
  private unsubscribe: () => void = () => undefined;
  private backend!: Backend;
  private current: SearchIndexStatus = { state: 'loading', done: 0, total: 0 };
  /** Each build's backend gets a number, so a cancelled build's late news is ignored. */
  private generation = 0;
  /** Resolves once the index is loaded (or built) and up to date; opening never waits for it. */
  ready!: Promise<OpenReport>;

  private constructor(
    private readonly layout: RepositoryLayout,
    private readonly store: ArticleStore,
    private readonly workerPath: string | null,
    private readonly stripper: SearchOptions['stripped'],
  ) {}

  /** Starts loading the index (in the worker) and returns at once; `ready` says when it is loaded. */
  static async open(layout: RepositoryLayout, store: ArticleStore, options: SearchOptions = {}): Promise<SearchService> {
    const workerPath = options.worker === false ? null : (options.workerPath ?? builtWorker());
    const service = new SearchService(layout, store, workerPath, options.stripped);
    service.start();
    service.unsubscribe = store.onChange((change) => {
      // Without an index there is nothing to update: the next build reads what changed.
      if (!service.building && service.current.state !== 'ready') return;
      const request: SearchRequest =
        change.type === 'saved' ? { type: 'upsert', doc: searchDocument(change.file, change.doc) } : { type: 'remove', id: change.id };
      // Chained, so updates reach the index in order and never before it has loaded.
      service.pending = service.pending.catch(() => undefined).then(() => service.backend.send(request)).catch(() => undefined);
    });
    return service;
  }

  /** Loads the saved index, or builds it (from the articles alone when `fresh`), in a new backend. */
  private start(fresh = false): void {
    const generation = ++this.generation;
    const mine = () => generation === this.generation;
    this.current = { state: 'loading', done: 0, total: 0 };
    const progress: OpenProgress = (done, total) => {
      if (mine() && this.building && total > 0) this.current = { state: 'building', done, total };
    };
    this.backend = this.workerPath ? new WorkerBackend(this.workerPath, progress) : new InProcessBackend(progress);
    const stamps = Object.fromEntries(this.store.list().map((a) => [a.id, `${a.revision}@${a.updatedAt}`]));
    this.ready = this.backend.send({ type: 'open', indexFile: this.layout.searchIndexFile, articlesDir: this.layout.articlesDir, stamps, fresh }) as Promise<OpenReport>;
    this.ready.then(
      () => {
        if (mine()) this.current = { state: 'ready', done: this.current.total, total: this.current.total };
      },
      (error: unknown) => {
        if (!mine() || !this.building) return;
        console.error('[ktav] building the search index failed:', error);
        this.current = { state: 'failed', done: this.current.done, total: this.current.total, error: new KtavError('internal', 'searchFailed') };
      },
    );
    this.pending = this.ready;
  }

  private get building(): boolean {
    return this.current.state === 'loading' || this.current.state === 'building';
  }

  /** How far loading or building the index has come. */
  status(): SearchIndexStatus {
    return { ...this.current };
  }

  /**
   * Stops loading or building the index: the worker is stopped where it is, and the saved index
   * file is left as it was (it is only ever replaced whole). Search answers "not built" until
   * `build`.
   */
  async cancel(): Promise<SearchIndexStatus> {
    if (!this.building) return this.status();
    this.generation++;
    this.current = { ...this.current, state: 'cancelled' };
    await this.backend.close();
    return this.status();
  }

  /** Builds the index again after a cancel or a failure; otherwise changes nothing. */
  async build(): Promise<SearchIndexStatus> {
    if (this.current.state === 'cancelled' || this.current.state === 'failed') {
      await this.backend.close();
      this.start();
    }
    return this.status();
  }

  /**
   * Builds the index again from the articles alone (the person thinks search misses something).
   * The saved index is replaced only when the new one is complete; search waits meanwhile.
   */
  async rebuild(): Promise<SearchIndexStatus> {
    if (this.building) return this.status();
    this.generation++;
    await this.pending.catch(() => undefined);
    await this.backend.close();
    this.start(true);
    return this.status();
  }

  /**
   * Ranked results, the best ones with a highlighted snippet. An empty query finds nothing.
   * The index and the snippets (which read the articles) are the worker's work; this thread only
   * adds each result's line from the article list.
   */
  async search(query: string, limit = 50): Promise<SearchResult[]> {
    if (!query.trim()) return [];
    if (!this.building && this.current.state !== 'ready') throw new SearchNotReadyError();
    await this.ready;
    await this.pending;
    const stripped = await this.strippedForms(query);
    const matches = (await this.backend.send({ type: 'search', query, limit, stripped })) as SearchMatch[];
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

  /** The query's Hebrew words with the forms the dictionary strips them to, normalised as the index is. */
  private async strippedForms(query: string): Promise<Record<string, string[]> | undefined> {
    if (!this.stripper) return undefined;
    const words = [...new Set(tokenize(query).filter((w) => /[\u05D0-\u05EA]/.test(w)))];
    if (!words.length) return undefined;
    try {
      const forms = await this.stripper(words);
      const out: Record<string, string[]> = {};
      for (const [i, w] of words.entries()) if (forms[i]?.length) out[normalizeTerm(w)] = forms[i]!.map(normalizeTerm);
      return out;
    } catch (error) {
      console.error('[ktav] the dictionary could not strip the query; searching it as typed:', error);
      return undefined;
    }
  }

  async close(): Promise<void> {
    this.unsubscribe();
    await this.ready.catch(() => undefined);
    await this.pending;
    if (this.current.state === 'ready') await this.backend.send({ type: 'flush' });
    await this.backend.close();
  }
}
