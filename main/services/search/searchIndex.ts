// The full-text index of a repository: an inverted index of Hebrew terms (each word and its
// prefix-stripped forms, see hebrewTerms.ts), ranked with BM25 as MiniSearch ranks.
//
// Written for a repository of 10,000 articles of ~15 KB. MiniSearch keeps a radix tree of Maps
// with a Map per term and field: measured at 10,000 articles, 1.4-2.3 GB and 11 minutes to build,
// most of it in the garbage collector, and its JSON took longer to write than to build. Here a
// term's postings are one flat array of numbers (article slot, field and count packed in one
// double), so the index is a few hundred bytes per article and term, not a few hundred objects.
//
// Updating an article costs that article only: its old slot is marked dead (its postings stay
// until the next compaction, and searches skip them) and its new text gets a fresh slot at the
// end, so every posting list stays sorted by slot without being rewritten.
import { indexForms, normalizeTerm, tokenize } from './hebrewTerms.js';
import { SEARCH_FIELDS, type SearchDocument } from './searchFields.js';

export interface SearchHit {
  id: string;
  score: number;
  /** Index terms that matched, to highlight words in a snippet. */
  terms: string[];
}

const FIELDS = SEARCH_FIELDS.length;
const BOOST: readonly number[] = SEARCH_FIELDS.map((f) => ({ headline: 3, lead: 2, tags: 2, byline: 1.5, body: 1 })[f]);
/** BM25+ constants, MiniSearch's defaults. */
const K = 1.2;
const B = 0.7;
const D = 0.5;
/** A longer word found by the prefix of the last query word counts for less than the word itself (MiniSearch's weight). */
const PREFIX_WEIGHT = 0.375;
/** The last word of a query may still be being typed: from this length it also matches longer words. */
const PREFIX_MIN = 3;
/**
 * A query word's prefix-stripped forms that the dictionary reads it as (ובערים: בערים, ערים)
 * count for less than the word as typed, so articles with the typed form come first.
 */
const STRIPPED_WEIGHT = 0.5;

/** A posting packs slot, field and count in one double: slot · 2¹⁹ + field · 2¹⁶ + count. */
const SLOT_UNIT = 2 ** 19;
const FIELD_UNIT = 2 ** 16;
const MAX_COUNT = FIELD_UNIT - 1;
export const postingSlot = (p: number) => Math.floor(p / SLOT_UNIT);
export const postingField = (p: number) => Math.floor(p / FIELD_UNIT) % 8;
export const postingCount = (p: number) => p % FIELD_UNIT;
export const posting = (slot: number, field: number, count: number) => slot * SLOT_UNIT + field * FIELD_UNIT + Math.min(count, MAX_COUNT);

/** The terms of one document with their counts, field by field, and each field's length in words. */
export function analyze(doc: SearchDocument): { counts: Map<string, number>[]; lengths: number[] } {
  const counts: Map<string, number>[] = [];
  const lengths: number[] = [];
  for (const field of SEARCH_FIELDS) {
    const words = tokenize(doc[field]);
    const c = new Map<string, number>();
    for (const word of words) for (const form of indexForms(word)) c.set(form, (c.get(form) ?? 0) + 1);
    counts.push(c);
    lengths.push(words.length);
  }
  return { counts, lengths };
}

/** The state an index is saved and loaded as (see searchIndexFile.ts). */
export interface IndexState {
  /** Live articles in slot order: id, stamp and field lengths. */
  docs: { id: string; stamp: string; lengths: number[] }[];
  /** Each term's postings, slots numbered as in `docs`, sorted by slot. */
  postings: Map<string, number[]>;
}

export class SearchIndex {
  /** Article id of each slot; null once the slot's text was replaced or removed. */
  private ids: (string | null)[] = [];
  private readonly slotOf = new Map<string, number>();
  /** Field lengths of each slot, FIELDS numbers a slot. */
  private lengths: number[] = [];
  private readonly totalLength = new Array<number>(FIELDS).fill(0);
  private postings = new Map<string, number[]>();
  /** Terms in sorted order for prefix queries, plus those added since it was sorted. */
  private sorted: string[] | null = null;
  private unsorted: string[] = [];
  private dead = 0;

  private constructor(
    /** Each indexed article's stamp (revision@updatedAt). */
    readonly stamps: Map<string, string>,
  ) {}

  static empty(): SearchIndex {
    return new SearchIndex(new Map());
  }

  static fromState(state: IndexState): SearchIndex {
    const index = new SearchIndex(new Map());
    for (const [slot, d] of state.docs.entries()) {
      index.ids.push(d.id);
      index.slotOf.set(d.id, slot);
      index.stamps.set(d.id, d.stamp);
      for (let f = 0; f < FIELDS; f++) {
        const len = d.lengths[f] ?? 0;
        index.lengths.push(len);
        index.totalLength[f]! += len;
      }
    }
    index.postings = state.postings;
    return index;
  }

  /** The live articles and their postings, renumbered without the dead slots. */
  state(): IndexState {
    this.compact();
    const docs = this.ids.map((id, slot) => ({ id: id!, stamp: this.stamps.get(id!)!, lengths: this.lengths.slice(slot * FIELDS, slot * FIELDS + FIELDS) }));
    return { docs, postings: this.postings };
  }

  get size(): number {
    return this.slotOf.size;
  }

  upsert(doc: SearchDocument): void {
    this.remove(doc.id);
    const slot = this.ids.length;
    const { counts, lengths } = analyze(doc);
    this.ids.push(doc.id);
    this.slotOf.set(doc.id, slot);
    this.stamps.set(doc.id, doc.stamp);
    for (let f = 0; f < FIELDS; f++) {
      this.lengths.push(lengths[f]!);
      this.totalLength[f]! += lengths[f]!;
    }
    // A term's postings of this slot stay together: nothing else is added to its list meanwhile.
    for (const [f, fieldCounts] of counts.entries()) {
      for (const [term, count] of fieldCounts) {
        let list = this.postings.get(term);
        if (!list) {
          this.postings.set(term, (list = []));
          this.unsorted.push(term);
        }
        list.push(posting(slot, f, count));
      }
    }
    this.compactIfWorthIt();
  }

  remove(id: string): void {
    const slot = this.slotOf.get(id);
    this.stamps.delete(id);
    if (slot === undefined) return;
    this.slotOf.delete(id);
    this.ids[slot] = null;
    for (let f = 0; f < FIELDS; f++) this.totalLength[f]! -= this.lengths[slot * FIELDS + f]!;
    this.dead++;
  }

  /**
   * Every word of the query must match (the last one also as the start of a longer word);
   * results are ranked by BM25 with the headline, lead, tags and byline boosted. `stripped`
   * gives, for a query word (normalised), its prefix-stripped forms that are words of the
   * dictionary: each also matches, for less (the index already holds every text word's stripped
   * forms, so `ערים` finds `הערים` and `בערים`; a query is stripped only where the dictionary
   * says it is a prefixed word, so `משפט` never becomes `שפט`).
   */
  search(query: string, limit = 50, stripped?: ReadonlyMap<string, readonly string[]>): SearchHit[] {
    const words = tokenize(query).map((w) => normalizeTerm(w)).filter((w) => w.length > 0);
    if (!words.length || !this.size) return [];
    const slots = this.ids.length;
    const n = this.size;
    const score = new Float64Array(slots);
    const matched = new Uint16Array(slots);
    /** Query words each article has as typed (or, the last, as the start of a longer word): they rank it first. */
    const asTyped = new Uint16Array(slots);
    const termsOf: string[][] = [];
    for (const [i, word] of words.entries()) {
      const terms: [string, number, boolean][] = [[word, 1, false]];
      for (const form of stripped?.get(word) ?? []) if (form !== word) terms.push([form, STRIPPED_WEIGHT, true]);
      if (i === words.length - 1 && word.length >= PREFIX_MIN) {
        for (const t of this.withPrefix(word)) if (t !== word) terms.push([t, (PREFIX_WEIGHT * word.length) / t.length, false]);
      }
      const seen = new Uint8Array(slots);
      const typed = new Uint8Array(slots);
      for (const [term, weight, isStripped] of terms) {
        const list = this.postings.get(term);
        if (!list) continue;
        const df = this.liveDocs(list);
        const idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
        for (const p of list) {
          const slot = postingSlot(p);
          if (this.ids[slot] === null || matched[slot] !== i) continue;
          const f = postingField(p);
          const tf = postingCount(p);
          const avg = this.totalLength[f]! / n || 1;
          const len = this.lengths[slot * FIELDS + f]!;
          score[slot]! += weight * BOOST[f]! * idf * (D + (tf * (K + 1)) / (tf + K * (1 - B + (B * len) / avg)));
          seen[slot] = 1;
          if (!isStripped) typed[slot] = 1;
        }
      }
      for (let s = 0; s < slots; s++) {
        if (seen[s]) matched[s]!++;
        if (typed[s]) asTyped[s]!++;
      }
      termsOf.push(terms.map(([t]) => t).filter((t) => this.postings.has(t)));
    }
    const found: number[] = [];
    for (let s = 0; s < slots; s++) if (matched[s] === words.length) found.push(s);
    // An article with more of the words as typed comes first, whatever the stripped forms add up to.
    found.sort((a, b) => asTyped[b]! - asTyped[a]! || score[b]! - score[a]!);
    return found.slice(0, limit).map((slot) => ({
      id: this.ids[slot]!,
      score: score[slot]!,
      terms: termsOf.flat().filter((t) => hasSlot(this.postings.get(t)!, slot)),
    }));
  }

  /** Articles a posting list names, counting each live slot once. */
  private liveDocs(list: number[]): number {
    let count = 0;
    let last = -1;
    for (const p of list) {
      const slot = postingSlot(p);
      if (slot !== last && this.ids[slot] !== null) count++;
      last = slot;
    }
    return count;
  }

  private withPrefix(prefix: string): string[] {
    if (!this.sorted) {
      this.sorted = [...this.postings.keys()].sort();
      this.unsorted = [];
    } else if (this.unsorted.length > 2000) {
      this.sorted = mergeSorted(this.sorted, this.unsorted.sort());
      this.unsorted = [];
    }
    const out: string[] = [];
    let lo = 0;
    let hi = this.sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.sorted[mid]! < prefix) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < this.sorted.length && this.sorted[i]!.startsWith(prefix); i++) out.push(this.sorted[i]!);
    for (const t of this.unsorted) if (t.startsWith(prefix)) out.push(t);
    // Compaction drops terms without re-sorting, and a dropped term may come back: names may be stale or twice.
    return [...new Set(out)].filter((t) => this.postings.has(t));
  }

  /** Compaction costs the whole index: done only once a quarter of the slots are dead. */
  private compactIfWorthIt(): void {
    if (this.dead > 1000 && this.dead * 4 > this.ids.length) this.compact();
  }

  /** Drops dead slots and their postings, renumbering the live slots in order. */
  private compact(): void {
    if (!this.dead) return;
    const renumber = new Int32Array(this.ids.length).fill(-1);
    const ids: string[] = [];
    const lengths: number[] = [];
    for (const [slot, id] of this.ids.entries()) {
      if (id === null) continue;
      renumber[slot] = ids.length;
      this.slotOf.set(id, ids.length);
      ids.push(id);
      for (let f = 0; f < FIELDS; f++) lengths.push(this.lengths[slot * FIELDS + f]!);
    }
    for (const [term, list] of this.postings) {
      let w = 0;
      for (const p of list) {
        const to = renumber[postingSlot(p)]!;
        if (to >= 0) list[w++] = p - (postingSlot(p) - to) * SLOT_UNIT;
      }
      if (w === 0) this.postings.delete(term);
      else list.length = w;
    }
    this.ids = ids;
    this.lengths = lengths;
    this.dead = 0;
  }
}

/** Whether a posting list (sorted by slot) has a posting of `slot`. */
function hasSlot(list: number[], slot: number): boolean {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (postingSlot(list[mid]!) < slot) lo = mid + 1;
    else hi = mid;
  }
  return lo < list.length && postingSlot(list[lo]!) === slot;
}

/** Two sorted lists as one, without duplicates. */
function mergeSorted(a: string[], b: string[]): string[] {
  const out: string[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const next = j >= b.length || (i < a.length && a[i]! <= b[j]!) ? a[i++]! : b[j++]!;
    if (out[out.length - 1] !== next) out.push(next);
  }
  return out;
}
