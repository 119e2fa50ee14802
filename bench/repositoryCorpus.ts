// A reproducible corpus for the repository benchmark: articles of ~15 KB of mixed Hebrew and
// English, words drawn with a Zipf-like frequency from a fixed vocabulary, a quarter of them
// with Hebrew prefixes glued on, and a few planted words for the rare / common / prefixed queries.
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { DocJSON } from '../shared/editor/document.js';
import type { ArticleFile } from '../shared/model/article.js';

function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const LETTERS = 'אבגדהוזחטיכלמנסעפצקרשת';
const FINAL: Record<string, string> = { כ: 'ך', מ: 'ם', נ: 'ן', פ: 'ף', צ: 'ץ' };
const ENGLISH = ['Google', 'Microsoft', 'Tel Aviv', 'startup', 'data', 'cloud', 'Intel', 'Apple', 'OpenAI', 'NASDAQ', 'CEO', 'AI'];
const PREFIXES = ['ו', 'ה', 'ב', 'ל', 'מ', 'ש', 'וה', 'וב', 'כש', 'ומה'];
/** Planted: common (in most articles, often prefixed), rare (a handful of articles). */
export const PLANTED = { common: 'ירושלים', rare: 'קונסורציום', pairA: 'ממשלה', pairB: 'תקציב' };

export class Corpus {
  private readonly random: () => number;
  private readonly vocabulary: string[];
  /** The vocabulary words (before any prefix) of the last article made: what search should find it by. */
  readonly stemsOfLastArticle = new Set<string>();

  /** `words`: real words to take the vocabulary's first places from (the rest stay made-up letters). */
  constructor(seed = 42, vocabularySize = 12_000, words: readonly string[] = []) {
    this.random = mulberry32(seed);
    this.vocabulary = [...words.slice(0, vocabularySize)];
    for (let i = this.vocabulary.length; i < vocabularySize; i++) {
      const len = 3 + Math.floor(this.random() * 4);
      let w = '';
      for (let j = 0; j < len; j++) w += LETTERS[Math.floor(this.random() * LETTERS.length)];
      const last = w[w.length - 1]!;
      this.vocabulary.push(w.slice(0, -1) + (FINAL[last] ?? last));
    }
    this.vocabulary.splice(10, 0, PLANTED.common, PLANTED.pairA, PLANTED.pairB);
  }

  private word(): string {
    if (this.random() < 0.03) return ENGLISH[Math.floor(this.random() * ENGLISH.length)]!;
    // Zipf-like: the square of a uniform number favours the start of the vocabulary.
    const w = this.vocabulary[Math.floor(this.random() ** 2.2 * this.vocabulary.length)]!;
    this.stemsOfLastArticle.add(w);
    return this.random() < 0.25 ? PREFIXES[Math.floor(this.random() * PREFIXES.length)] + w : w;
  }

  private sentence(words: number): string {
    return `${Array.from({ length: words }, () => this.word()).join(' ')}.`;
  }

  /** An article document of about `bytes` bytes of JSON. */
  article(index: number, bytes = 15_000): DocJSON {
    this.stemsOfLastArticle.clear();
    const field = (type: string, text: string): DocJSON => ({ type, attrs: { dir: 'auto' }, content: [{ type: 'text', text }] });
    const body: DocJSON[] = [];
    let size = 0;
    while (size < bytes) {
      let text = this.sentence(12 + Math.floor(this.random() * 30)) + ' ' + this.sentence(10 + Math.floor(this.random() * 20));
      if (index % 997 === 0 && body.length === 1) {
        text += ` ${PLANTED.rare}`;
        this.stemsOfLastArticle.add(PLANTED.rare);
      }
      body.push({ type: 'paragraph', attrs: { dir: 'auto' }, content: [{ type: 'text', text }] });
      size += text.length * 2 + 60; // Hebrew letters are two bytes in UTF-8
    }
    return { type: 'doc', content: [field('headline', this.sentence(6)), field('subheadline', this.sentence(14)), field('byline', 'נועה לוי'), ...body] };
  }
}

/** An article file of the corpus, as the store writes one (a section in turn, a time a minute apart). */
export function articleFileFor(id: string, doc: unknown, i: number): ArticleFile {
  const at = new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString();
  return {
    format: 1,
    id,
    revision: 1,
    meta: { slug: '', section: ['חדשות', 'ספורט', 'תרבות'][i % 3]!, tags: [], authors: ['נועה לוי'], status: 'draft', createdAt: at, updatedAt: at, targetWords: null, related: [] },
    doc: doc as ArticleFile['doc'],
  };
}

/** Writes `n` articles of about `bytes` each directly (setup, not measured) and removes derived files. */
export async function writeCorpusArticles(dir: string, n: number, corpus: Corpus, bytes = 15_000): Promise<string[]> {
  await rm(dir, { recursive: true, force: true });
  await mkdir(join(dir, 'articles'), { recursive: true });
  const ids: string[] = [];
  for (let i = 0; i < n; i++) {
    const id = `20260101-${i.toString(16).padStart(8, '0')}`;
    ids.push(id);
    await writeFile(join(dir, 'articles', `${id}.json`), `${JSON.stringify(articleFileFor(id, corpus.article(i, bytes), i), null, 1)}\n`);
  }
  return ids;
}
