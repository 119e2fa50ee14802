// Decorations computed per textblock and kept up to date incrementally: after a change only the
// textblocks the change touched are looked at again; the rest of the set is mapped. This keeps
// per-keystroke work proportional to the edited paragraph, not to the article (a 30,000-word
// article has about 1,500 of them).
import type { Node as PMNode } from 'prosemirror-model';
import type { Transaction } from 'prosemirror-state';
import { type Decoration, DecorationSet } from 'prosemirror-view';

/** Decorations of one textblock that starts at `pos` (its opening token). */
type BlockDecorator = (block: PMNode, pos: number) => Decoration[];

/** The decorations of every textblock of a document: done once, when a document is loaded or a setting changes. */
export function decorateAll(doc: PMNode, decorate: BlockDecorator): DecorationSet {
  const decos: Decoration[] = [];
  doc.descendants((node, pos) => {
    if (!node.isTextblock) return true;
    decos.push(...decorate(node, pos));
    return false;
  });
  return DecorationSet.create(doc, decos);
}

/** The ranges of the new document a transaction changed. */
export function changedRanges(tr: Transaction): { from: number; to: number }[] {
  const ranges: { from: number; to: number }[] = [];
  tr.mapping.maps.forEach((map, i) => {
    map.forEach((_oldStart, _oldEnd, newStart, newEnd) => {
      // Map the range through the steps that came after this one.
      const rest = tr.mapping.slice(i + 1);
      ranges.push({ from: rest.map(newStart, -1), to: rest.map(newEnd, 1) });
    });
  });
  return ranges;
}

/** The textblock whose decorations wait for a pause in typing, and those whose wait just ended (see typingPause.ts). */
export interface Hold {
  held: number | null;
  released: readonly number[];
}

/**
 * The set after a transaction: mapped, with the textblocks the transaction touched decorated
 * afresh, except a block `hold` keeps waiting (its decorations are only mapped) and including
 * the blocks whose wait ended.
 */
export function updateDecorations(set: DecorationSet, tr: Transaction, decorate: BlockDecorator, hold?: Hold): DecorationSet {
  const released = hold?.released ?? [];
  if (!tr.docChanged && released.length === 0) return set;
  let next = tr.docChanged ? set.map(tr.mapping, tr.doc) : set;
  const { doc } = tr;
  const seen = new Set<number>();
  const redo = (node: PMNode, pos: number) => {
    if (seen.has(pos)) return;
    seen.add(pos);
    const stale = next.find(pos, pos + node.nodeSize, (spec: { block?: boolean }) => spec.block === true);
    next = next.remove(stale).add(doc, decorate(node, pos));
  };
  for (const { from, to } of changedRanges(tr)) {
    const start = Math.max(0, Math.min(from, doc.content.size));
    const end = Math.max(start, Math.min(to, doc.content.size));
    doc.nodesBetween(start, end, (node, pos) => {
      if (!node.isTextblock) return true;
      if (pos !== hold?.held) redo(node, pos);
      return false;
    });
  }
  for (const pos of released) {
    const node = doc.nodeAt(pos);
    if (node?.isTextblock) redo(node, pos);
  }
  return next;
}
