// Which block of one side is which block of the base, for the three-way merge of an article's
// body. Blocks have no ids, so identity is inferred, in three steps:
//  1. Blocks with exactly the same JSON are the same block: the longest common subsequence of
//     the two lists (diff's `diffArrays` over each block's canonical JSON) anchors everything
//     else, as lines do for a text merge, and nothing else can move an unchanged block.
//  2. Between two anchors, what was removed and what was added are paired as edits of the same
//     block: one for one when the counts agree (text typed into paragraphs, a paragraph made a
//     heading), otherwise by similarity of words, in order, so a paragraph split or dropped
//     beside an edited one does not take the edit with it.
//  3. A block removed in one place and added, the same, in another was moved; so was a figure
//     of the same picture, even with a new caption (a picture is named by its bytes, so it is
//     its own identity), and a block of mostly the same words (moved and edited).
import { diffArrays } from 'diff';
import type { DocJSON } from '../../../shared/editor/document.js';
import { canonicalJSON } from './canonical.js';
import { textOf } from './blockText.js';

/** What became of a base block on one side: still at its place (maybe edited), moved (maybe edited), or deleted. */
export type BaseFate = { kind: 'inPlace'; at: number } | { kind: 'moved'; at: number } | { kind: 'deleted' };

/** Where a side's block came from. */
export type SideOrigin = { kind: 'inPlace'; from: number } | { kind: 'moved'; from: number } | { kind: 'inserted' };

export interface Alignment {
  /** By base index. */
  fates: BaseFate[];
  /** By the side's index. */
  origins: SideOrigin[];
}

/** Removed and added blocks this much alike in words (Dice's coefficient) are one block edited. */
const SAME_BLOCK_SIMILARITY = 0.4;

/**
 * A block removed in one place and one added in another are the same block moved and edited
 * when this much alike: more than for an edit in place, since nothing but the words ties them.
 */
const MOVED_SIMILARITY = 0.7;

/**
 * Past this many base × side blocks between two anchors (a whole long article rewritten), edits
 * are not paired by similarity: they count as deleted and inserted, which keeps every word.
 */
const MAX_SIMILARITY_CELLS = 250_000;

export function alignBlocks(base: readonly DocJSON[], side: readonly DocJSON[]): Alignment {
  const baseKeys = base.map(canonicalJSON);
  const sideKeys = side.map(canonicalJSON);
  const fates: BaseFate[] = base.map(() => ({ kind: 'deleted' }));
  const origins: SideOrigin[] = side.map(() => ({ kind: 'inserted' }));
  const pair = (b: number, s: number) => {
    fates[b] = { kind: 'inPlace', at: s };
    origins[s] = { kind: 'inPlace', from: b };
  };

  let b = 0;
  let s = 0;
  let gapB = 0;
  let gapS = 0;
  for (const change of diffArrays(baseKeys, sideKeys)) {
    const n = change.value.length;
    if (change.removed) b += n;
    else if (change.added) s += n;
    else {
      pairEdits(base, side, gapB, b, gapS, s, pair);
      for (let k = 0; k < n; k++) pair(b + k, s + k);
      b += n;
      s += n;
      gapB = b;
      gapS = s;
    }
  }
  pairEdits(base, side, gapB, base.length, gapS, side.length, pair);

  findMoves(base, side, baseKeys, sideKeys, fates, origins);
  return { fates, origins };
}

/** Pairs the removed blocks base[b0, b1) with the added side[s0, s1) as edits (step 2). */
function pairEdits(
  base: readonly DocJSON[],
  side: readonly DocJSON[],
  b0: number,
  b1: number,
  s0: number,
  s1: number,
  pair: (b: number, s: number) => void,
): void {
  const n = b1 - b0;
  const m = s1 - s0;
  if (n === 0 || m === 0) return;
  if (n === m) {
    for (let k = 0; k < n; k++) pair(b0 + k, s0 + k);
    return;
  }
  if (n * m > MAX_SIMILARITY_CELLS) return;

  // The order-keeping pairing of greatest total similarity (Needleman–Wunsch without gap costs).
  const baseWords = base.slice(b0, b1).map(wordBag);
  const sideWords = side.slice(s0, s1).map(wordBag);
  const sim = (i: number, j: number) => similarity(base[b0 + i]!, side[s0 + j]!, baseWords[i]!, sideWords[j]!);
  const width = m + 1;
  const score = new Float64Array((n + 1) * width);
  for (let i = 1; i <= n; i++) {
    for (let j = 1; j <= m; j++) {
      const sij = sim(i - 1, j - 1);
      const diagonal = sij >= SAME_BLOCK_SIMILARITY ? score[(i - 1) * width + j - 1]! + sij : -1;
      score[i * width + j] = Math.max(score[(i - 1) * width + j]!, score[i * width + j - 1]!, diagonal);
    }
  }
  let i = n;
  let j = m;
  while (i > 0 && j > 0) {
    const here = score[i * width + j]!;
    const sij = sim(i - 1, j - 1);
    if (sij >= SAME_BLOCK_SIMILARITY && here === score[(i - 1) * width + j - 1]! + sij) {
      pair(b0 + i - 1, s0 + j - 1);
      i--;
      j--;
    } else if (here === score[(i - 1) * width + j]) i--;
    else j--;
  }
}

interface WordBag {
  counts: Map<string, number>;
  size: number;
}

function wordBag(block: DocJSON): WordBag {
  const counts = new Map<string, number>();
  const words = textOf(block).split(/\s+/).filter(Boolean);
  for (const w of words) counts.set(w, (counts.get(w) ?? 0) + 1);
  return { counts, size: words.length };
}

/** 0 for blocks of different kinds or figures of different pictures; else the share of words they have in common. */
function similarity(a: DocJSON, b: DocJSON, wa: WordBag, wb: WordBag): number {
  if (a.type !== b.type) return 0;
  if (a.type === 'figure') return a.attrs?.imageId === b.attrs?.imageId ? 1 : 0;
  if (wa.size === 0 && wb.size === 0) return 1;
  let common = 0;
  for (const [w, n] of wa.counts) common += Math.min(n, wb.counts.get(w) ?? 0);
  return (2 * common) / (wa.size + wb.size);
}

/** Pairs deleted base blocks with inserted side blocks that are the same block elsewhere (step 3). */
function findMoves(
  base: readonly DocJSON[],
  side: readonly DocJSON[],
  baseKeys: readonly string[],
  sideKeys: readonly string[],
  fates: BaseFate[],
  origins: SideOrigin[],
): void {
  const move = (b: number, s: number) => {
    fates[b] = { kind: 'moved', at: s };
    origins[s] = { kind: 'moved', from: b };
  };
  const deleted = () => fates.flatMap((f, b) => (f.kind === 'deleted' ? [b] : []));
  const inserted = () => origins.flatMap((o, s) => (o.kind === 'inserted' ? [s] : []));
  const pictureOf = (block: DocJSON) => (block.type === 'figure' && typeof block.attrs?.imageId === 'string' && block.attrs.imageId !== '' ? block.attrs.imageId : null);
  // Exact copies first, so a picture moved unchanged is not taken for another figure of it.
  for (const identity of [(_block: DocJSON, key: string) => key, (block: DocJSON) => pictureOf(block)]) {
    const waiting = new Map<string, number[]>();
    for (const s of inserted()) {
      const id = identity(side[s]!, sideKeys[s]!);
      if (id === null) continue;
      const list = waiting.get(id);
      if (list) list.push(s);
      else waiting.set(id, [s]);
    }
    for (const b of deleted()) {
      const id = identity(base[b]!, baseKeys[b]!);
      const s = id === null ? undefined : waiting.get(id)?.shift();
      if (s !== undefined) move(b, s);
    }
  }
  // Then a block moved and edited on the same side: the most alike of the rest, if alike enough.
  const rest = inserted();
  if (rest.length === 0 || deleted().length * rest.length > MAX_SIMILARITY_CELLS) return;
  const bags = new Map(rest.map((s) => [s, wordBag(side[s]!)]));
  for (const b of deleted()) {
    const bag = wordBag(base[b]!);
    let best: { s: number; sim: number } | null = null;
    for (const s of inserted()) {
      const sim = similarity(base[b]!, side[s]!, bag, bags.get(s)!);
      if (sim >= MOVED_SIMILARITY && (best === null || sim > best.sim)) best = { s, sim };
    }
    if (best) move(b, best.s);
  }
}
