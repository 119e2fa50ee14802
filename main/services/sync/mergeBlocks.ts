// The three-way merge of a sequence of top-level blocks (an article's body). Each side is
// aligned with the base (blockAlignment.ts); then every base block gets one fate from both
// sides' fates, and what each side inserted goes where that side put it.
//
// Rules, in the newsroom's terms:
// - A block changed on one side takes that change; changed identically on both, once.
// - Changed differently on both: ours stays, theirs is reported (a conflict).
// - Deleted on one side and edited on the other: the edited block stays, reported, so the
//   person who deleted it decides again with the edit in front of them. Deleted on one side and
//   untouched on the other: deleted.
// - Moved on one side and edited on the other: the block goes where it was moved, with the edit
//   (a figure moved by the photo editor keeps the reporter's new caption). Moved on both sides
//   to different places: where ours put it.
// - Inserted on both sides at the same place: both kept, blocks both inserted only once, the two
//   sides' runs in an order that does not depend on which side is ours, so a merge made on
//   either machine reads the same.
import { diffArrays } from 'diff';
import type { DocJSON } from '../../../shared/editor/document.js';
import { alignBlocks, type Alignment } from './blockAlignment.js';
import { canonicalJSON, compareJSON, sameJSON } from './canonical.js';
import { mergeValue } from './mergeValue.js';

export interface BlockConflict {
  /** Index of the kept block in the merged sequence. */
  index: number;
  /** Each side's block; `null` where that side deleted it. */
  ours: DocJSON | null;
  theirs: DocJSON | null;
}

export interface MergedBlocks {
  blocks: DocJSON[];
  conflicts: BlockConflict[];
}

export interface MergedBlock {
  /** `null`: the block is gone. */
  block: DocJSON | null;
  conflict: boolean;
}

/** One block three ways; `null` for a side that deleted it. */
export function mergeBlock(base: DocJSON, ours: DocJSON | null, theirs: DocJSON | null): MergedBlock {
  if (ours === null && theirs === null) return { block: null, conflict: false };
  if (ours === null || theirs === null) {
    const edited = (ours ?? theirs)!;
    return sameJSON(edited, base) ? { block: null, conflict: false } : { block: edited, conflict: true };
  }
  const { value, conflict } = mergeValue(base, ours, theirs);
  return { block: value, conflict };
}

/** A block of the merged sequence, with the conflict it stands for. */
interface Placed {
  block: DocJSON;
  conflict: Omit<BlockConflict, 'index'> | null;
}

type SideName = 'ours' | 'theirs';

export function mergeBlocks(base: readonly DocJSON[], ours: readonly DocJSON[], theirs: readonly DocJSON[]): MergedBlocks {
  const sides = { ours: { blocks: ours, alignment: alignBlocks(base, ours) }, theirs: { blocks: theirs, alignment: alignBlocks(base, theirs) } };
  const contentOn = (side: SideName, b: number): DocJSON | null => {
    const fate = sides[side].alignment.fates[b]!;
    return fate.kind === 'deleted' ? null : sides[side].blocks[fate.at]!;
  };
  const mover = (b: number): SideName | null =>
    sides.ours.alignment.fates[b]!.kind === 'moved' ? 'ours' : sides.theirs.alignment.fates[b]!.kind === 'moved' ? 'theirs' : null;

  // Each base block's merged content, and the side that moved it (it then goes where that side put it).
  const kept = base.map((block, b): { placed: Placed | null; mover: SideName | null } => {
    const o = contentOn('ours', b);
    const t = contentOn('theirs', b);
    const merged = mergeBlock(block, o, t);
    return { placed: merged.block && { block: merged.block, conflict: merged.conflict ? { ours: o, theirs: t } : null }, mover: mover(b) };
  });

  const gapsOf = (side: SideName) => insertedByGap(sides[side].alignment, sides[side].blocks, (b) => (kept[b]!.mover === side ? kept[b]!.placed : null));
  const oursGaps = gapsOf('ours');
  const theirsGaps = gapsOf('theirs');

  const out: Placed[] = [];
  const emitGap = (after: number) => out.push(...bothInserted(oursGaps.get(after) ?? [], theirsGaps.get(after) ?? []));
  emitGap(-1);
  kept.forEach(({ placed, mover }, b) => {
    if (placed && mover === null) out.push(placed);
    emitGap(b);
  });

  const conflicts: BlockConflict[] = [];
  out.forEach((p, index) => {
    if (p.conflict) conflicts.push({ index, ...p.conflict });
  });
  return { blocks: out.map((p) => p.block), conflicts };
}

/**
 * What a side put between base blocks, by the base index it follows (-1: before the first):
 * its inserted blocks, and the blocks it moved there (`moved` gives their merged content, or
 * `null` when the block is gone or placed by the other side).
 */
function insertedByGap(alignment: Alignment, blocks: readonly DocJSON[], moved: (b: number) => Placed | null): Map<number, Placed[]> {
  const gaps = new Map<number, Placed[]>();
  let after = -1;
  alignment.origins.forEach((origin, s) => {
    if (origin.kind === 'inPlace') {
      after = origin.from;
      return;
    }
    const placed = origin.kind === 'moved' ? moved(origin.from) : { block: blocks[s]!, conflict: null };
    if (!placed) return;
    const gap = gaps.get(after) ?? [];
    gap.push(placed);
    gaps.set(after, gap);
  });
  return gaps;
}

/**
 * Two runs inserted at the same place: what both inserted once, the rest of both, each run in
 * its own order, the two in an order that does not depend on which side is which.
 */
function bothInserted(a: Placed[], b: Placed[]): Placed[] {
  if (a.length === 0 || b.length === 0) return a.length === 0 ? b : a;
  const keysOf = (run: Placed[]) => run.map((p) => canonicalJSON(p.block));
  const [first, second] = compareJSON(keysOf(a), keysOf(b)) <= 0 ? [a, b] : [b, a];
  const out: Placed[] = [];
  let i = 0;
  let j = 0;
  let onlyFirst: Placed[] = [];
  let onlySecond: Placed[] = [];
  const flush = () => {
    const runs = [onlyFirst, onlySecond].filter((r) => r.length > 0).sort((x, y) => compareJSON(keysOf(x), keysOf(y)));
    out.push(...runs.flat());
    onlyFirst = [];
    onlySecond = [];
  };
  for (const change of diffArrays(keysOf(first), keysOf(second))) {
    const n = change.value.length;
    if (change.removed) onlyFirst.push(...first.slice(i, (i += n)));
    else if (change.added) onlySecond.push(...second.slice(j, (j += n)));
    else {
      flush();
      for (let k = 0; k < n; k++) out.push({ block: first[i + k]!.block, conflict: first[i + k]!.conflict ?? second[j + k]!.conflict });
      i += n;
      j += n;
    }
  }
  flush();
  return out;
}
