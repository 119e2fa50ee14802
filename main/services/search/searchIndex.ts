// The full-text index of a repository: MiniSearch with Hebrew terms. Updating one article
// costs that article only; the whole index serializes to JSON so a start does not rebuild it.
import MiniSearch, { type Options } from 'minisearch';
import { indexForms, normalizeTerm, tokenize } from './hebrewTerms.js';
import { SEARCH_FIELDS, type SearchDocument } from './searchFields.js';

export const SEARCH_INDEX_FORMAT = 1;

export interface SearchHit {
  id: string;
  score: number;
  /** Index terms that matched, to highlight words in a snippet. */
  terms: string[];
}

const OPTIONS: Options<SearchDocument> = {
  fields: [...SEARCH_FIELDS],
  storeFields: [],
  tokenize,
  processTerm: (term) => indexForms(term),
  searchOptions: {
    tokenize,
    processTerm: (term) => normalizeTerm(term) || null,
    boost: { headline: 3, lead: 2, tags: 2, byline: 1.5 },
    combineWith: 'AND',
    // The last word of a query may still be being typed: let it match longer words.
    prefix: (term, i, terms) => i === terms.length - 1 && term.length >= 3,
  },
};

export class SearchIndex {
  private constructor(
    private readonly mini: MiniSearch<SearchDocument>,
    /** Each indexed article's stamp (revision@updatedAt). */
    readonly stamps: Map<string, string>,
  ) {}

  static empty(): SearchIndex {
    return new SearchIndex(new MiniSearch(OPTIONS), new Map());
  }

  /** From `toJSON()`'s output; throws if it is not an index of this format. */
  static fromJSON(text: string): SearchIndex {
    const parsed = JSON.parse(text) as { format: number; stamps: Record<string, string>; index: unknown };
    if (parsed.format !== SEARCH_INDEX_FORMAT) throw new Error(`search index format ${parsed.format}`);
    return new SearchIndex(MiniSearch.loadJS(parsed.index as never, OPTIONS), new Map(Object.entries(parsed.stamps)));
  }

  toJSON(): string {
    return JSON.stringify({ format: SEARCH_INDEX_FORMAT, stamps: Object.fromEntries(this.stamps), index: this.mini.toJSON() });
  }

  upsert(doc: SearchDocument): void {
    if (this.mini.has(doc.id)) this.mini.discard(doc.id);
    this.mini.add(doc);
    this.stamps.set(doc.id, doc.stamp);
  }

  remove(id: string): void {
    if (this.mini.has(id)) this.mini.discard(id);
    this.stamps.delete(id);
  }

  get size(): number {
    return this.mini.documentCount;
  }

  search(query: string, limit = 50): SearchHit[] {
    return this.mini
      .search(query)
      .slice(0, limit)
      .map((r) => ({ id: String(r.id), score: r.score, terms: r.terms }));
  }
}
