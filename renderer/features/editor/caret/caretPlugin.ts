// Arrow keys by the paragraph's own direction. Inside a line Chromium already moves the caret
// visually; at the edge of a textblock (into the next paragraph, onto a figure, past a rule)
// ProseMirror or the browser must decide which block is "to the left", and that depends on the
// direction of the block the caret is in, not the editor root's. Here: in a right-to-left block
// ArrowLeft at the end of the line goes forward to the next block, ArrowRight at its start goes
// back; in a left-to-right block the other way round.
import { Plugin, Selection, TextSelection, NodeSelection } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';
import { shownDirection } from '../direction/directedBlockViews';

function blockDirection(view: EditorView): 'rtl' | 'ltr' {
  const { $head } = view.state.selection;
  if (!$head.parent.isTextblock) return view.dom.getAttribute('dir') === 'ltr' ? 'ltr' : 'rtl';
  for (let d = $head.depth; d > 0; d--) {
    const node = $head.node(d);
    if (node.type.name === 'list_item') return shownDirection(node);
  }
  return shownDirection($head.parent);
}

function moveAcrossBlock(view: EditorView, forward: boolean, extend: boolean): boolean {
  const { state } = view;
  const sel = state.selection;
  if (sel instanceof NodeSelection) {
    const next = Selection.findFrom(forward ? state.doc.resolve(sel.to) : state.doc.resolve(sel.from), forward ? 1 : -1);
    if (!next) return false;
    view.dispatch(state.tr.setSelection(next).scrollIntoView());
    return true;
  }
  const $head = sel.$head;
  if (!$head.parent.isTextblock) return false;
  const atEdge = forward ? $head.parentOffset === $head.parent.content.size : $head.parentOffset === 0;
  if (!atEdge || !view.endOfTextblock(forward ? 'forward' : 'backward')) return false;
  const outside = forward ? $head.after() : $head.before();
  const next = Selection.findFrom(state.doc.resolve(outside), forward ? 1 : -1);
  if (!next) return false;
  if (extend) {
    view.dispatch(state.tr.setSelection(TextSelection.create(state.doc, sel.anchor, forward ? next.from : next.to)).scrollIntoView());
  } else {
    view.dispatch(state.tr.setSelection(next).scrollIntoView());
  }
  return true;
}

export function caretPlugin(): Plugin {
  return new Plugin({
    props: {
      handleKeyDown(view, event) {
        if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return false;
        if (event.ctrlKey || event.altKey || event.metaKey) return false;
        const rtl = blockDirection(view) === 'rtl';
        const forward = (event.key === 'ArrowLeft') === rtl;
        return moveAcrossBlock(view, forward, event.shiftKey);
      },
    },
  });
}
