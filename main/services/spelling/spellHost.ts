// The owner of the spelling dictionaries, wherever it runs: in a worker thread for the app and
// `ktav` (loading the Hebrew dictionary takes about half a second and 70 MB, and a suggestion
// up to half a second), or in-process for tests. It speaks in plain messages, as the search
// host does, so the same code serves both.
//
// Hunspell is hunspell-wasm (Hunspell compiled to WebAssembly; LGPL/GPL/MPL). The Hebrew
// dictionary is dictionary-he (Hspell 1.4's Hunspell files, AGPL-3.0), the English one
// dictionary-en (SCOWL, MIT/BSD): both are read from their packages, unmodified, when the host
// opens; the newsroom's words are added to the loaded copy in memory, never written into them.
import type { Hunspell } from 'hunspell-wasm';
import { modelOf, type NewsroomWord } from '../../../shared/spelling/newsroomWords.js';
import type { SpellLanguage } from '../../../shared/spelling/words.js';

export type SpellRequest =
  | { type: 'newsroom'; words: NewsroomWord[] }
  | { type: 'check'; lookups: { key: string; lang: SpellLanguage }[] }
  | { type: 'suggest'; key: string; lang: SpellLanguage; limit: number }
  | { type: 'variants'; words: string[] };

export type SpellReply = boolean[] | string[] | string[][] | null;

/** Verdicts kept per word; past this many the cache starts over (a long article has a few thousand distinct words). */
const CACHE_LIMIT = 200_000;

/** A Hebrew suggestion as the house style writes it by default: gershayim and geresh, not ASCII quotes. */
export function displayForm(word: string): string {
  return word.replace(/(?<=[\u05D0-\u05EA])"(?=[\u05D0-\u05EA])/g, '\u05F4').replace(/(?<=[\u05D0-\u05EA])'/g, '\u05F3');
}

export class SpellHost {
  private engines: Promise<Record<SpellLanguage, Hunspell>> | null = null;
  private readonly cache = new Map<string, boolean>();
  private added: NewsroomWord[] = [];

  async handle(request: SpellRequest): Promise<SpellReply> {
    switch (request.type) {
      case 'newsroom':
        await this.setNewsroom(request.words);
        return null;
      case 'check':
        return this.check(request.lookups);
      case 'suggest':
        return this.suggest(request.key, request.lang, request.limit);
      case 'variants':
        return this.variants(request.words);
    }
  }

  /** Loads both dictionaries once, at the first request that needs them. */
  private load(): Promise<Record<SpellLanguage, Hunspell>> {
    this.engines ??= (async () => {
      const [{ createHunspellFromStrings }, he, en] = await Promise.all([import('hunspell-wasm'), import('dictionary-he'), import('dictionary-en')]);
      const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
      return {
        he: await createHunspellFromStrings(text(he.default.aff), text(he.default.dic)),
        en: await createHunspellFromStrings(text(en.default.aff), text(en.default.dic)),
      };
    })();
    return this.engines;
  }

  /** Makes the newsroom's words exactly `words`: new ones added with their model's prefixes, removed ones taken out. */
  private async setNewsroom(words: NewsroomWord[]): Promise<void> {
    const engines = await this.load();
    const key = (w: NewsroomWord) => `${w.word} ${w.model ?? ''}`;
    const next = new Set(words.map(key));
    const before = new Set(this.added.map(key));
    for (const w of this.added) if (!next.has(key(w))) engines[langOf(w.word)].removeWord(w.word);
    for (const w of words) {
      if (before.has(key(w))) continue;
      const engine = engines[langOf(w.word)];
      const model = modelOf(w);
      if (model && engine.testSpelling(model)) engine.addWordWithAffix(w.word, model);
      else engine.addWord(w.word);
    }
    this.added = words;
    this.cache.clear();
  }

  private async check(lookups: { key: string; lang: SpellLanguage }[]): Promise<boolean[]> {
    const engines = await this.load();
    if (this.cache.size > CACHE_LIMIT) this.cache.clear();
    return lookups.map(({ key, lang }) => {
      const id = `${lang}:${key}`;
      let ok = this.cache.get(id);
      if (ok === undefined) {
        ok = engines[lang].testSpelling(key);
        this.cache.set(id, ok);
      }
      return ok;
    });
  }

  private async suggest(key: string, lang: SpellLanguage, limit: number): Promise<string[]> {
    const engines = await this.load();
    const found = engines[lang].getSpellingSuggestions(key).slice(0, limit);
    return lang === 'he' ? found.map(displayForm) : found;
  }

  /**
   * For each Hebrew word, its forms with prefix letters taken off that the dictionary reads it
   * as: Hunspell's analysis of the word (`ובערים`: וב + ערים) gives the prefix and the stem, and
   * each shorter prefix with the stem (`בערים`) counts when it is a word too. A word the
   * dictionary reads only whole (`משפט`, never מ + שפט) has none, so a real stem is never cut.
   */
  private async variants(words: string[]): Promise<string[][]> {
    const { he } = await this.load();
    return words.map((word) => {
      if (!/^[\u05D0-\u05EA"']+$/.test(word)) return [];
      const out = new Set<string>();
      for (const analysis of he.analyzeWord(word)) {
        const m = /^(\S*) st:(\S+)/.exec(analysis);
        const prefix = m?.[1] ?? '';
        const stem = m?.[2];
        if (!stem || !prefix || !/^[ובכלמשה]+$/.test(prefix) || prefix + stem !== word) continue;
        for (let k = 1; k < prefix.length; k++) {
          const shorter = prefix.slice(k) + stem;
          if (he.testSpelling(shorter)) out.add(shorter);
        }
        out.add(stem);
      }
      out.delete(word);
      return [...out];
    });
  }

  dispose(): void {
    void this.engines?.then((e) => {
      e.he.dispose();
      e.en.dispose();
    });
    this.engines = null;
  }
}

function langOf(word: string): SpellLanguage {
  return /[\u05D0-\u05EA]/.test(word) ? 'he' : 'en';
}
