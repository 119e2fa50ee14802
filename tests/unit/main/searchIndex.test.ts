// The inverted index under search: ranking, the last word as a prefix, replacing and removing
// articles (with the compaction that drops replaced text), and the persisted form.
import { describe, expect, it } from 'vitest';
import type { SearchDocument } from '../../../main/services/search/searchFields.js';
import { SearchIndex } from '../../../main/services/search/searchIndex.js';
import { decodeIndex, encodeIndex } from '../../../main/services/search/searchIndexFile.js';

function doc(id: string, body: string, headline = '', stamp = '1'): SearchDocument {
  return { id, stamp, headline, lead: '', byline: '', body, tags: '' };
}

const ids = (index: SearchIndex, query: string) => index.search(query, 100).map((h) => h.id);

describe('search index', () => {
  it('ranks a word in the headline above the same word in the body, and all words must match', () => {
    const index = SearchIndex.empty();
    index.upsert(doc('a', 'ישיבת הממשלה על התקציב נדחתה'));
    index.upsert(doc('b', 'דיון ארוך', 'הממשלה אישרה'));
    index.upsert(doc('c', 'התקציב לא עבר'));
    expect(ids(index, 'ממשלה')).toEqual(['b', 'a']);
    expect(ids(index, 'ממשלה תקציב')).toEqual(['a']);
    expect(ids(index, 'ממשלה מילה-שאיננה')).toEqual([]);
  });

  it('searches a word also as the stripped forms it is given, ranking the typed form first even against a headline', () => {
    const index = SearchIndex.empty();
    index.upsert(doc('typed', 'נפתחו ספריות ובערים שבצפון'));
    index.upsert(doc('headline', 'גוף', 'ערים ערים ערים'));
    index.upsert(doc('the', 'הערים גדלו'));
    index.upsert(doc('other', 'כפרים'));
    expect(ids(index, 'ובערים')).toEqual(['typed']);
    const stripped = new Map([['ובערימ', ['בערימ', 'ערימ']]]);
    expect(index.search('ובערים', 100, stripped).map((h) => h.id)).toEqual(['typed', 'headline', 'the']);
    expect(index.search('ובערים', 100, stripped).find((h) => h.id === 'the')!.terms).toEqual(['ערימ']);
  });

  it('lets only the last word of the query match longer words, from three letters', () => {
    const index = SearchIndex.empty();
    index.upsert(doc('a', 'טלוויזיה ורדיו'));
    index.upsert(doc('b', 'טלפון חדש'));
    expect(ids(index, 'טל').sort()).toEqual([]);
    expect(ids(index, 'טלו')).toEqual(['a']);
    expect(ids(index, 'טלו רדיו')).toEqual([]);
    expect(ids(index, 'רדיו טלו')).toEqual(['a']);
    expect(index.search('טלו', 10)[0]!.terms).toEqual(['טלוויזיה']);
  });

  it('replacing an article forgets its old words, also after enough replacements to compact the index', () => {
    const index = SearchIndex.empty();
    index.upsert(doc('first', 'ראשון'));
    index.upsert(doc('keep', 'מילה קבועה'));
    // With `first` gone, compaction moves `keep` to another place in the index.
    index.remove('first');
    for (let i = 0; i < 1500; i++) index.upsert(doc(`x${i % 3}`, `גרסה${i} משותפת`));
    expect(index.size).toBe(4);
    expect(ids(index, 'גרסה1499')).toEqual(['x2']);
    expect(ids(index, 'גרסה1400')).toEqual([]);
    expect(ids(index, 'משותפת').sort()).toEqual(['x0', 'x1', 'x2']);
    expect(ids(index, 'קבועה')).toEqual(['keep']);
    expect(ids(index, 'ראשון')).toEqual([]);
    index.remove('x0');
    expect(ids(index, 'משותפת').sort()).toEqual(['x1', 'x2']);
    expect(index.stamps.has('x0')).toBe(false);
  });

  it('survives saving and loading with the same results, scores and stamps', () => {
    const index = SearchIndex.empty();
    index.upsert(doc('a', 'אלפים הפגינו ובירושלים', 'הפגנה', 'r1'));
    index.upsert(doc('b', 'ירושלים של זהב '.repeat(200), 'שיר', 'r2'));
    index.upsert(doc('c', 'נמחק', '', 'r3'));
    index.upsert(doc('a', 'אלפים הפגינו ובירושלים ובתל אביב', 'הפגנה', 'r4'));
    index.remove('c');
    const loaded = SearchIndex.fromState(decodeIndex(encodeIndex(index.state())));
    expect(loaded.search('ירושלים')).toEqual(index.search('ירושלים'));
    expect(loaded.search('תל אבי')).toEqual(index.search('תל אבי'));
    expect([...loaded.stamps]).toEqual([
      ['b', 'r2'],
      ['a', 'r4'],
    ]);
    expect(ids(loaded, 'נמחק')).toEqual([]);
  });

  it('refuses a damaged or older file instead of loading half an index', () => {
    const text = encodeIndex((() => {
      const index = SearchIndex.empty();
      index.upsert(doc('a', 'מילה ועוד מילה'));
      return index.state();
    })());
    const stored = JSON.parse(text) as { postings: string; format: number };
    expect(() => decodeIndex(JSON.stringify({ ...stored, postings: stored.postings.slice(0, 4) }))).toThrow(/damaged/);
    expect(() => decodeIndex(JSON.stringify({ ...stored, format: 1 }))).toThrow(/format/);
    expect(() => decodeIndex(text.slice(0, text.length / 2))).toThrow();
  });
});
