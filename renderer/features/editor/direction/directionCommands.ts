// Setting a block's direction by hand, and carrying a hand-set direction into the next paragraph
// when Enter splits a block, as Word does. A direction set by hand is stored in the block's
// `dir` attribute and auto-detection never overrides it; `auto` hands the block back to detection.
import type { Command, EditorState, Transaction } from 'prosemirror-state';
import type { BlockDirection } from '../../../../shared/text/direction';

/** Sets `dir` on every textblock the selection touches. */
export function setDirection(dir: BlockDirection): Command {
  return (state, dispatch) => {
    const { from, to } = state.selection;
    const tr = state.tr;
    state.doc.nodesBetween(from, to, (node, pos) => {
      if (!node.isTextblock) return true;
      if ('dir' in node.attrs && node.attrs.dir !== dir) tr.setNodeMarkup(pos, undefined, { ...node.attrs, dir });
      return false;
    });
    if (dispatch) dispatch(tr.scrollIntoView());
    return true;
  };
}

/** The hand-set direction of the textblock around the selection, or null. */
function handSetDirection(state: EditorState): 'rtl' | 'ltr' | null {
  const dir = state.selection.$from.parent.attrs.dir as BlockDirection | undefined;
  return dir === 'rtl' || dir === 'ltr' ? dir : null;
}

/**
 * Wraps a splitting command (Enter) so the new block keeps the hand-set direction of the block
 * it was split from. A detected direction is not carried: the new block detects its own.
 */
export function carryingDirection(split: Command): Command {
  return (state, dispatch, view) => {
    const carried = handSetDirection(state);
    if (!carried || !dispatch) return split(state, dispatch, view);
    return split(
      state,
      (tr: Transaction) => {
        const $at = tr.selection.$from;
        const block = $at.parent;
        if (block.isTextblock && block.attrs.dir === 'auto') tr.setNodeMarkup($at.before(), undefined, { ...block.attrs, dir: carried });
        dispatch(tr);
      },
      view,
    );
  };
}
