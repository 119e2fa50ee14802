// An imported block's direction: the one its markup gave it, else the one its letters show (a
// Hebrew sentence that starts with "Google" is still right-to-left), else the file's default.
import type { DocJSON } from '../../../shared/editor/document.js';
import { detectDirection } from '../../../shared/text/direction.js';

export type DefaultDirection = 'rtl' | 'ltr' | 'auto';

export function textOf(node: DocJSON): string {
  return node.text ?? (node.content ?? []).map(textOf).join('');
}

/** Gives every block left at `auto` a direction, in place. */
export function settleDirections(blocks: DocJSON[], fallback: DefaultDirection): DocJSON[] {
  for (const block of blocks) {
    if (block.attrs && block.attrs.dir === 'auto') block.attrs.dir = detectDirection(textOf(block)) ?? fallback;
    if (block.content && block.type !== 'text') settleDirections(block.content, fallback);
  }
  return blocks;
}
