// The persisted search index (`search-index.json`): a small JSON document whose postings are one
// base64 string of variable-length integers. JSON of the postings themselves (an array per term)
// would be several times larger and slower to parse; a single string parses at memory speed.
import { posting, postingCount, postingField, postingSlot, type IndexState } from './searchIndex.js';

export const SEARCH_INDEX_FORMAT = 2;

interface StoredIndex {
  format: number;
  /** Per live article: id, stamp, then its field lengths. */
  docs: [string, string, ...number[]][];
  terms: string[];
  /** For each term in order: its number of postings, then per posting the slot's distance from the previous one · 8 + field, and the count. */
  postings: string;
}

export function encodeIndex(state: IndexState): string {
  const out = new ByteWriter();
  const terms: string[] = [];
  for (const [term, list] of state.postings) {
    terms.push(term);
    out.varint(list.length);
    let last = 0;
    for (const p of list) {
      const slot = postingSlot(p);
      out.varint((slot - last) * 8 + postingField(p));
      out.varint(postingCount(p));
      last = slot;
    }
  }
  const stored: StoredIndex = {
    format: SEARCH_INDEX_FORMAT,
    docs: state.docs.map((d) => [d.id, d.stamp, ...d.lengths]),
    terms,
    postings: Buffer.from(out.bytes()).toString('base64'),
  };
  return JSON.stringify(stored);
}

/** From `encodeIndex`'s output; throws if it is damaged or of another format. */
export function decodeIndex(text: string): IndexState {
  const stored = JSON.parse(text) as StoredIndex;
  if (stored.format !== SEARCH_INDEX_FORMAT) throw new Error(`search index format ${stored.format}`);
  if (!Array.isArray(stored.docs) || !Array.isArray(stored.terms) || typeof stored.postings !== 'string') throw new Error('search index damaged');
  const docs = stored.docs.map(([id, stamp, ...lengths]) => ({ id, stamp, lengths }));
  const bytes = Buffer.from(stored.postings, 'base64');
  let at = 0;
  const varint = (): number => {
    let value = 0;
    let scale = 1;
    for (;;) {
      if (at >= bytes.length) throw new Error('search index damaged: postings cut short');
      const b = bytes[at++]!;
      value += (b & 0x7f) * scale;
      if (b < 0x80) return value;
      scale *= 128;
    }
  };
  const postings = new Map<string, number[]>();
  for (const term of stored.terms) {
    const count = varint();
    const list: number[] = [];
    let slot = 0;
    for (let i = 0; i < count; i++) {
      const v = varint();
      slot += Math.floor(v / 8);
      if (slot >= docs.length) throw new Error('search index damaged: posting of an unknown article');
      list.push(posting(slot, v % 8, varint()));
    }
    postings.set(term, list);
  }
  if (at !== bytes.length) throw new Error('search index damaged: trailing postings');
  return { docs, postings };
}

/** A growing byte buffer of unsigned LEB128 integers. */
class ByteWriter {
  private buf = new Uint8Array(1 << 16);
  private at = 0;

  varint(value: number): void {
    if (this.at + 8 > this.buf.length) {
      const next = new Uint8Array(this.buf.length * 2);
      next.set(this.buf);
      this.buf = next;
    }
    let v = value;
    while (v >= 0x80) {
      this.buf[this.at++] = (v % 128) | 0x80;
      v = Math.floor(v / 128);
    }
    this.buf[this.at++] = v;
  }

  bytes(): Uint8Array {
    return this.buf.subarray(0, this.at);
  }
}
