// Blocks out of sight are skipped by Chromium (`content-visibility: auto` in editor.css): it
// neither lays them out nor walks their text for the input method at each frame, which in a long
// article was most of a keystroke. A block only becomes "relevant" (drawn) at the next frame after
// it appears or takes the caret, though, and a key typed into a block Chromium still skips lands
// in the wrong place (a new paragraph made by Enter got its first letter at the end). So the
// top-level blocks that hold the selection's ends carry `data-caret`, which the stylesheet always
// draws; it moves with the caret, which only changes an attribute of two blocks.
import { Plugin, PluginKey, type EditorState } from 'prosemirror-state';
import { Decoration, DecorationSet } from 'prosemirror-view';

/** An attribute rather than a class: a block's classes say what kind of block it is. */
const HERE_ATTRIBUTE = 'data-caret';

const key = new PluginKey<DecorationSet>('ktav-offscreen-blocks');

function topBlockAt(state: EditorState, pos: number): { from: number; to: number } | null {
  const $pos = state.doc.resolve(pos);
  if ($pos.depth === 0) {
    // Between blocks (a selected picture, a gap cursor): the block after the position, if any.
    const after = $pos.nodeAfter;
    return after ? { from: pos, to: pos + after.nodeSize } : null;
  }
  return { from: $pos.before(1), to: $pos.after(1) };
}

/** The top-level blocks that hold the selection's ends, in document order. */
function selectedBlocks(state: EditorState): { from: number; to: number }[] {
  const { anchor, head } = state.selection;
  const blocks: { from: number; to: number }[] = [];
  for (const pos of [Math.min(anchor, head), Math.max(anchor, head)]) {
    const block = topBlockAt(state, pos);
    if (block && !blocks.some((b) => b.from === block.from)) blocks.push(block);
  }
  return blocks;
}

const decorate = (state: EditorState, blocks: { from: number; to: number }[]) =>
  DecorationSet.create(state.doc, blocks.map((b) => Decoration.node(b.from, b.to, { [HERE_ATTRIBUTE]: '' })));

/** Keeps the blocks that hold the selection drawn. */
export function offscreenBlocksPlugin(): Plugin<DecorationSet> {
  return new Plugin<DecorationSet>({
    key,
    state: {
      init: (_config, state) => decorate(state, selectedBlocks(state)),
      apply(tr, set, _old, state) {
        if (!tr.docChanged && !tr.selectionSet) return set;
        // Typing within the same block keeps the same decoration, mapped.
        const mapped = tr.docChanged ? set.map(tr.mapping, tr.doc) : set;
        const have = mapped.find();
        const want = selectedBlocks(state);
        const same = have.length === want.length && have.every((d, i) => d.from === want[i]!.from && d.to === want[i]!.to);
        return same ? mapped : decorate(state, want);
      },
    },
    props: { decorations: (state) => key.getState(state) },
  });
}
