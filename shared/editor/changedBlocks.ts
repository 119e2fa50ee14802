// A document sent as the top-level blocks that changed since a base document the receiver holds.
//
// Autosave and the crash journal send the article about once a second while a person types. At
// 30,000 words, turning the whole document into JSON took tens of milliseconds on the window's
// thread, a keystroke's worth of frames (see the typing benchmark). ProseMirror documents are
// persistent: a block nobody touched is the very same object in the new document as in the old
// one. So the editor sends each unchanged block as its index in the base (the document of the
// last save, which main has on disk at that revision) and only the changed blocks as JSON; main
// puts the document back together and stores it whole, exactly as if it had been sent whole.
import type { Node as PMNode } from 'prosemirror-model';
import { z } from 'zod';
import type { DocJSON } from './document.js';

/** Each top-level block: its index in the base document, or the block itself (checked with the whole document later). */
export const changedBlocksSchema = z.array(z.union([z.number().int().nonnegative(), z.object({ type: z.string() }).passthrough()])).min(4);
export type ChangedBlocks = z.infer<typeof changedBlocksSchema>;

/** `doc` as references into `base` where its blocks are unchanged. */
export function changedBlocks(doc: PMNode, base: PMNode): ChangedBlocks {
  const index = new Map<PMNode, number>();
  base.forEach((block, _offset, i) => index.set(block, i));
  const out: ChangedBlocks = [];
  doc.forEach((block) => out.push(index.get(block) ?? (block.toJSON() as ChangedBlocks[number])));
  return out;
}

/** The whole document back from its blocks and the base they refer to. Throws on a reference the base does not have. */
export function withBlocks(base: DocJSON, blocks: ChangedBlocks): DocJSON {
  const content = base.content ?? [];
  return {
    ...base,
    content: blocks.map((b): DocJSON => {
      if (typeof b !== 'number') return b as DocJSON;
      const block = content[b];
      if (block === undefined) throw new RangeError(`block ${b} is not in the base document (it has ${content.length})`);
      return block;
    }),
  };
}
