// `index.json`: the derived list of article summaries, so the library opens without reading
// every article. It records each file's size and mtime; an entry whose file changed, a file
// missing from it, or a damaged index is rebuilt from the article files themselves.
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { ArticleSummary } from '../../../shared/model/article.js';
import { atomicWrite } from '../storage/atomicWrite.js';

export const INDEX_FORMAT = 2;
const INDEX_WRITE_DELAY_MS = 2000;
/** Entries made into text between two turns of the event loop while index.json is written. */
const ENTRIES_PER_TURN = 250;
/** Files looked at (or read) at once while loading. */
const CONCURRENCY = 16;

interface IndexEntry {
  summary: ArticleSummary;
  size: number;
  mtimeMs: number;
}

interface IndexFile {
  format: number;
  entries: Record<string, IndexEntry>;
}

export interface IndexLoadResult {
  summaries: Map<string, ArticleSummary>;
  /** Files that could not be read as articles, by file name. */
  damaged: { file: string; reason: string }[];
  rebuilt: number;
}

export class ArticleIndex {
  private entries = new Map<string, IndexEntry>();
  private writing: Promise<void> = Promise.resolve();

  constructor(
    private readonly indexFile: string,
    private readonly articlesDir: string,
  ) {}

  /**
   * Loads the index and brings it up to date with the folder: entries for files that changed or
   * appeared are recomputed with `summarizeFile`; entries for files that are gone are dropped.
   */
  async load(summarizeFile: (id: string) => Promise<ArticleSummary>): Promise<IndexLoadResult> {
    const stored = await this.readStored();
    const names = (await readdir(this.articlesDir)).filter((n) => n.endsWith('.json') && !n.startsWith('.'));
    const found: (IndexEntry | { damaged: string } | undefined)[] = new Array(names.length);
    let rebuilt = 0;
    // One file after another, 10,000 stats took seconds of waiting; a few at a time, a fraction of it.
    await eachConcurrently(names.length, CONCURRENCY, async (i) => {
      const name = names[i]!;
      const id = name.slice(0, -'.json'.length);
      const st = await stat(join(this.articlesDir, name));
      const old = stored?.entries[id];
      if (old && old.size === st.size && old.mtimeMs === st.mtimeMs) {
        found[i] = old;
        return;
      }
      try {
        found[i] = { summary: await summarizeFile(id), size: st.size, mtimeMs: st.mtimeMs };
        rebuilt++;
      } catch (error) {
        found[i] = { damaged: error instanceof Error ? error.message : String(error) };
      }
    });
    const next = new Map<string, IndexEntry>();
    const damaged: IndexLoadResult['damaged'] = [];
    for (const [i, entry] of found.entries()) {
      if (!entry) continue;
      if ('damaged' in entry) damaged.push({ file: names[i]!, reason: entry.damaged });
      else next.set(names[i]!.slice(0, -'.json'.length), entry);
    }
    this.entries = next;
    this.sorted = null;
    if (rebuilt > 0 || !stored || Object.keys(stored.entries).length !== next.size) await this.persist();
    return { summaries: new Map([...next].map(([id, e]) => [id, e.summary])), damaged, rebuilt };
  }

  get(id: string): ArticleSummary | undefined {
    return this.entries.get(id)?.summary;
  }

  list(): ArticleSummary[] {
    return [...this.entries.values()].map((e) => e.summary);
  }

  /**
   * The summaries, most recently updated first. Kept sorted between calls: sorting 10,000 on every
   * call of the library's list took ~10 ms of the main thread; a save moves one entry instead.
   */
  newestFirst(): ArticleSummary[] {
    this.sorted ??= this.list().sort(newestFirst);
    return this.sorted.slice();
  }

  private sorted: ArticleSummary[] | null = null;

  /** Keeps `sorted` in step with one changed entry: out of its place, and back in at its new one. */
  private resort(id: string, summary: ArticleSummary | null): void {
    if (!this.sorted) return;
    const at = this.sorted.findIndex((s) => s.id === id);
    if (at >= 0) this.sorted.splice(at, 1);
    if (!summary) return;
    let lo = 0;
    let hi = this.sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (newestFirst(this.sorted[mid]!, summary) <= 0) lo = mid + 1;
      else hi = mid;
    }
    this.sorted.splice(lo, 0, summary);
  }

  /**
   * Records a saved article. The index file is rewritten a moment later, not on every save:
   * it is derived, checked against each file's mtime on load, and rewriting it is
   * proportional to the repository while a save must cost only its own article.
   */
  async update(summary: ArticleSummary): Promise<void> {
    const st = await stat(join(this.articlesDir, `${summary.id}.json`));
    this.entries.set(summary.id, { summary, size: st.size, mtimeMs: st.mtimeMs });
    this.resort(summary.id, summary);
    this.persistSoon();
  }

  remove(id: string): void {
    this.entries.delete(id);
    this.resort(id, null);
    this.persistSoon();
  }

  /** Writes any pending change to `index.json` now. */
  async flush(): Promise<void> {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = undefined;
      await this.persist();
    }
    await this.writing;
  }

  private timer: ReturnType<typeof setTimeout> | undefined;

  private persistSoon(): void {
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.persist().catch(() => undefined); // a failed index write is repaired on the next load
    }, INDEX_WRITE_DELAY_MS);
    this.timer.unref?.();
  }

  private persist(): Promise<void> {
    // Entries are replaced, never changed in place: this list is the index as it is now.
    const snapshot = [...this.entries];
    this.writing = this.writing
      .catch(() => undefined)
      .then(() => atomicWrite(this.indexFile, indexText(snapshot)));
    return this.writing;
  }

  private async readStored(): Promise<IndexFile | null> {
    try {
      const parsed = JSON.parse(await readFile(this.indexFile, 'utf8')) as IndexFile;
      return parsed.format === INDEX_FORMAT && parsed.entries && typeof parsed.entries === 'object' ? parsed : null;
    } catch {
      return null; // missing or damaged: rebuilt from the article files
    }
  }
}

/** ISO times sort as plain strings; localeCompare (ICU) over 10,000 of them took tens of milliseconds. */
function newestFirst(a: ArticleSummary, b: ArticleSummary): number {
  return a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0;
}

/**
 * Each entry's bytes in index.json (`"id":{…}`), made once per entry. Entries are replaced, never
 * changed, so a rewrite of index.json after a save makes the bytes of one entry, not 10,000: at
 * 10,000 articles stringifying every entry on every rewrite held the main thread for a few ms a
 * piece and fed the garbage collector 5 MB of strings each time (profiled: the stalls while
 * typing came in bursts exactly when index.json was written).
 */
const entryBytes = new WeakMap<IndexEntry, Buffer>();

function bytesOf(id: string, entry: IndexEntry): Buffer {
  let bytes = entryBytes.get(entry);
  if (!bytes) entryBytes.set(entry, (bytes = Buffer.from(`${JSON.stringify(id)}:${JSON.stringify(entry)}`)));
  return bytes;
}

/**
 * index.json's bytes, a few hundred entries at a time with a turn of the event loop between, so
 * the first write (when no entry's bytes are made yet) never holds the main thread for long.
 * The text is the same as JSON.stringify's of an IndexFile.
 */
async function* indexText(entries: [string, IndexEntry][]): AsyncGenerator<Buffer> {
  const comma = Buffer.from(',');
  yield Buffer.from(`{"format":${INDEX_FORMAT},"entries":{`);
  for (let i = 0; i < entries.length; i += ENTRIES_PER_TURN) {
    if (i > 0) await new Promise((resolve) => setImmediate(resolve));
    const piece: Buffer[] = [];
    for (const [id, entry] of entries.slice(i, i + ENTRIES_PER_TURN)) {
      if (piece.length || i > 0) piece.push(comma);
      piece.push(bytesOf(id, entry));
    }
    yield Buffer.concat(piece);
  }
  yield Buffer.from('}}');
}

/** Runs `work(0…count-1)`, at most `limit` at a time. */
async function eachConcurrently(count: number, limit: number, work: (i: number) => Promise<void>): Promise<void> {
  let next = 0;
  const lane = async () => {
    while (next < count) await work(next++);
  };
  await Promise.all(Array.from({ length: Math.min(limit, count) }, lane));
}
