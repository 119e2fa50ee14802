// Spell checking for the export gate and `ktav spell`: the article's words cut by the shared
// rules (shared/spelling/), looked up in the dictionaries' worker, with the newsroom's words
// (<repo>/dictionary.txt) read before each check so a word added anywhere counts at once.
// The worker is started at the first check and holds the process only while it has a request.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Node as PMNode } from 'prosemirror-model';
import { documentMisspellings, documentWords, type DocMisspelling } from '../../../shared/spelling/document.js';
import { NEWSROOM_WORDS_FILE, parseNewsroomWords, withNewsroomWord, type NewsroomWord } from '../../../shared/spelling/newsroomWords.js';
import { lookupForm, lookupsOf, type SpellLanguage } from '../../../shared/spelling/words.js';
import { atomicWrite } from '../storage/atomicWrite.js';
import { SpellHost, type SpellReply, type SpellRequest } from './spellHost.js';

interface Backend {
  send(request: SpellRequest): Promise<SpellReply>;
  close(): Promise<void>;
}

class InProcessBackend implements Backend {
  private readonly host = new SpellHost();
  send(request: SpellRequest): Promise<SpellReply> {
    return this.host.handle(request);
  }
  async close(): Promise<void> {
    this.host.dispose();
  }
}

class WorkerBackend implements Backend {
  private readonly worker: Worker;
  private seq = 0;
  private readonly waiting = new Map<number, { resolve: (v: SpellReply) => void; reject: (e: Error) => void }>();

  constructor(path: string) {
    this.worker = new Worker(path);
    this.worker.unref();
    this.worker.on('message', (m: { seq: number; ok: boolean; value?: SpellReply; message?: string }) => {
      const w = this.waiting.get(m.seq);
      this.waiting.delete(m.seq);
      if (this.waiting.size === 0) this.worker.unref();
      if (m.ok) w?.resolve(m.value ?? null);
      else w?.reject(new Error(m.message));
    });
    this.worker.on('error', (error) => this.failAll(error));
  }

  send(request: SpellRequest): Promise<SpellReply> {
    const seq = ++this.seq;
    this.worker.ref();
    return new Promise((resolve, reject) => {
      this.waiting.set(seq, { resolve, reject });
      this.worker.postMessage({ seq, request });
    });
  }

  async close(): Promise<void> {
    await this.worker.terminate();
    this.failAll(new Error('spelling worker stopped'));
  }

  private failAll(error: Error): void {
    for (const w of this.waiting.values()) w.reject(error);
    this.waiting.clear();
  }
}

/** dist/main/spellWorker.js beside this module when bundled into an entry, one folder up from a chunk. */
function builtWorker(): string | null {
  for (const relative of ['./spellWorker.js', '../spellWorker.js']) {
    const path = fileURLToPath(new URL(relative, import.meta.url));
    if (existsSync(path)) return path;
  }
  return null;
}

export interface SpellOptions {
  /** Run the dictionaries in a worker thread when the built worker exists (default true). */
  worker?: boolean;
  workerPath?: string;
}

/** A misspelling with the dictionary's first suggestions. */
export type SpellFinding = DocMisspelling & { suggestions: string[] };

export class SpellService {
  private backend: Backend | null = null;
  /** The newsroom's words the host has, as the file's text it was read from. */
  private sentWords: string | null = null;
  private readonly workerPath: string | null;
  /** The suggestion request waiting for the one running (see suggestLatest). */
  private waitingSuggestion: {
    key: string;
    lang: SpellLanguage;
    limit: number;
    resolve: (words: string[] | null) => void;
    reject: (error: Error) => void;
  } | null = null;
  private suggesting = false;

  constructor(
    /** The repository's folder; its dictionary.txt holds the newsroom's words. */
    private readonly root: string,
    options: SpellOptions = {},
  ) {
    this.workerPath = options.worker === false ? null : (options.workerPath ?? builtWorker());
  }

  get wordsFile(): string {
    return join(this.root, NEWSROOM_WORDS_FILE);
  }

  /** The newsroom's words as they are in the repository now. */
  async newsroomWords(): Promise<NewsroomWord[]> {
    return parseNewsroomWords(await this.readWords());
  }

  /** Adds a word to the newsroom's dictionary (with the prefixes of `model`, or a noun's); true when it was new. */
  async addWord(word: string, model?: string): Promise<boolean> {
    const before = await this.readWords();
    const after = withNewsroomWord(before, word, model);
    if (after === before) return false;
    await atomicWrite(this.wordsFile, after);
    return true;
  }

  /** The misspelled words of an article, each with up to `suggestions` suggestions (asked one word at a time). */
  async checkDocument(doc: PMNode, suggestions = 0): Promise<SpellFinding[]> {
    const blocks = documentWords(doc);
    const lookups = lookupsOf(blocks.flatMap((b) => b.words));
    const backend = await this.ready();
    const verdicts = lookups.length ? ((await backend.send({ type: 'check', lookups })) as boolean[]) : [];
    const ok = new Map(lookups.map((l, i) => [`${l.lang}:${l.key}`, verdicts[i]!]));
    const found = documentMisspellings(blocks, (key, lang) => ok.get(`${lang}:${key}`) ?? true);
    const cache = new Map<string, string[]>();
    const out: SpellFinding[] = [];
    for (const m of found) {
      const id = `${m.lang}:${m.key}`;
      if (suggestions > 0 && !cache.has(id)) cache.set(id, await this.suggest(m.key, m.lang, suggestions));
      out.push({ ...m, suggestions: cache.get(id) ?? [] });
    }
    return out;
  }

  /** For each word (as typed, without niqqud), the prefix-stripped forms the dictionary reads it as (see SpellHost). */
  async prefixVariants(words: string[]): Promise<string[][]> {
    if (!words.length) return [];
    return (await (await this.ready()).send({ type: 'variants', words: words.map(lookupForm) })) as string[][];
  }

  async suggest(key: string, lang: SpellLanguage, limit = 5): Promise<string[]> {
    return (await (await this.ready()).send({ type: 'suggest', key, lang, limit })) as string[];
  }

  /** A verdict for each lookup (true: correct), as the dictionaries and the newsroom's words have them now. */
  async check(lookups: readonly { key: string; lang: SpellLanguage }[]): Promise<boolean[]> {
    if (!lookups.length) return [];
    return (await (await this.ready()).send({ type: 'check', lookups: [...lookups] })) as boolean[];
  }

  /**
   * Suggestions for the editor's menu: one request runs at a time (the dictionaries' worker
   * answers in order, and a suggestion can take half a second), and a newer one takes the place
   * of one still waiting, which answers null. `cancelSuggestion` drops the waiting one.
   */
  suggestLatest(key: string, lang: SpellLanguage, limit = 5): Promise<string[] | null> {
    return new Promise((resolve, reject) => {
      this.waitingSuggestion?.resolve(null);
      this.waitingSuggestion = { key, lang, limit, resolve, reject };
      void this.runSuggestions();
    });
  }

  cancelSuggestion(): void {
    this.waitingSuggestion?.resolve(null);
    this.waitingSuggestion = null;
  }

  private async runSuggestions(): Promise<void> {
    if (this.suggesting) return;
    this.suggesting = true;
    try {
      while (this.waitingSuggestion) {
        const job = this.waitingSuggestion;
        this.waitingSuggestion = null;
        await this.suggest(job.key, job.lang, job.limit).then(job.resolve, job.reject);
      }
    } finally {
      this.suggesting = false;
    }
  }

  async close(): Promise<void> {
    this.cancelSuggestion();
    await this.backend?.close();
    this.backend = null;
    this.sentWords = null;
  }

  /** The backend, started if need be, with the newsroom's words as the file has them now. */
  private async ready(): Promise<Backend> {
    this.backend ??= this.workerPath ? new WorkerBackend(this.workerPath) : new InProcessBackend();
    const text = await this.readWords();
    if (text !== this.sentWords) {
      await this.backend.send({ type: 'newsroom', words: parseNewsroomWords(text) });
      this.sentWords = text;
    }
    return this.backend;
  }

  private async readWords(): Promise<string> {
    try {
      return await readFile(this.wordsFile, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return '';
      throw error;
    }
  }
}
