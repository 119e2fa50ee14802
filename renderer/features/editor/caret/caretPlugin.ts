// Arrow keys by the paragraph's own direction. Inside a line Chromium already moves the caret
// visually; at the edge of a textblock (into the next paragraph, onto a figure, past a rule)
// ProseMirror or the browser must decide which block is "to the left", and that depends on the
// direction of the block the caret is in, not the editor root's. Here: in a right-to-left block
// ArrowLeft at the end of the line goes forward to the next block, ArrowRight at its start goes
// back; in a left-to-right block the other way round.
//
// Word jumps (Ctrl+arrows; Alt+arrows on a Mac) inside a block are Chromium's own, which already
// follow the block's direction as a Hebrew word processor does: in a right-to-left paragraph
// Ctrl+Left goes to the next word in reading order. Only at a block's edge does Ktav take over:
// Chromium would leave the caret in the editor's root beside a horizontal rule, which ProseMirror
// reads as the rule selected, so the next letter typed deleted the rule. A word jump out of a
// block goes to the next block with text, stepping over rules and pictures.
//
// Ctrl+Home and Ctrl+End are ProseMirror's here too (see jumpToEdge).
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

const IS_MAC = typeof navigator !== 'undefined' && /Mac|iP(hone|ad)/.test(navigator.platform);

/** Is this the platform's word-jump modifier (Ctrl, or Alt on a Mac) and nothing else but Shift? */
function isWordJump(event: KeyboardEvent): boolean {
  return IS_MAC ? event.altKey && !event.ctrlKey && !event.metaKey : event.ctrlKey && !event.altKey && !event.metaKey;
}

/**
 * Moves the caret out of its block into the next one the arrow points to, if it is at that edge.
 * `textOnly` lands only in blocks with text (word jumps); otherwise a rule or picture on the way is
 * selected as a node, as a plain arrow does.
 */
function moveAcrossBlock(view: EditorView, forward: boolean, extend: boolean, textOnly = false): boolean {
  const { state } = view;
  const sel = state.selection;
  if (sel instanceof NodeSelection) {
    const next = Selection.findFrom(forward ? state.doc.resolve(sel.to) : state.doc.resolve(sel.from), forward ? 1 : -1, textOnly);
    if (!next) return false;
    view.dispatch(state.tr.setSelection(next).scrollIntoView());
    return true;
  }
  const $head = sel.$head;
  if (!$head.parent.isTextblock) return false;
  const atEdge = forward ? $head.parentOffset === $head.parent.content.size : $head.parentOffset === 0;
  // A word jump is logical, so the logical edge is enough; a plain arrow asks the browser whether
  // the caret is also at the visual edge of the line.
  if (!atEdge || (!textOnly && !view.endOfTextblock(forward ? 'forward' : 'backward'))) return false;
  const outside = forward ? $head.after() : $head.before();
  const next = Selection.findFrom(state.doc.resolve(outside), forward ? 1 : -1, textOnly);
  if (!next) return false;
  if (extend) {
    view.dispatch(state.tr.setSelection(TextSelection.create(state.doc, sel.anchor, forward ? next.from : next.to)).scrollIntoView());
  } else {
    view.dispatch(state.tr.setSelection(next).scrollIntoView());
  }
  return true;
}

/** Ctrl+Home / Ctrl+End (Cmd+Up / Cmd+Down on a Mac): to the start or end of the article. */
function isDocumentJump(event: KeyboardEvent): 'start' | 'end' | null {
  const plain = event.ctrlKey && !event.altKey && !event.metaKey;
  const mac = IS_MAC && event.metaKey && !event.ctrlKey && !event.altKey;
  if ((plain && event.key === 'Home') || (mac && event.key === 'ArrowUp')) return 'start';
  if ((plain && event.key === 'End') || (mac && event.key === 'ArrowDown')) return 'end';
  return null;
}

/**
 * The article's start or end, by ProseMirror rather than the browser: the last blocks of a long
 * article are out of sight and not laid out (content-visibility in editor.css), and Chromium,
 * which finds "the end" by layout, put the caret at the start of the last paragraph.
 */
function jumpToEdge(view: EditorView, edge: 'start' | 'end', extend: boolean): boolean {
  const { state } = view;
  const target = edge === 'start' ? Selection.atStart(state.doc) : Selection.atEnd(state.doc);
  const selection = extend ? TextSelection.create(state.doc, state.selection.anchor, target.head) : target;
  view.dispatch(state.tr.setSelection(selection).scrollIntoView());
  return true;
}

/**
 * The editor reads a caret the browser moved (Home, a click) on the next `selectionchange`, and
 * Chromium may deliver the next key before that event: a word jump right after Home then started
 * from where the caret had been. Before deciding anything, take the browser's caret if it differs.
 */
function readDOMCaret(view: EditorView): void {
  const { state } = view;
  if (view.composing || !(state.selection instanceof TextSelection)) return;
  const sel = view.dom.ownerDocument.getSelection();
  if (!sel?.anchorNode || !sel.focusNode || !view.dom.contains(sel.anchorNode) || !view.dom.contains(sel.focusNode)) return;
  let anchor: number;
  let head: number;
  try {
    anchor = view.posAtDOM(sel.anchorNode, sel.anchorOffset);
    head = view.posAtDOM(sel.focusNode, sel.focusOffset);
  } catch {
    return;
  }
  if (anchor === state.selection.anchor && head === state.selection.head) return;
  const $anchor = state.doc.resolve(anchor);
  const $head = state.doc.resolve(head);
  if (!$anchor.parent.inlineContent || !$head.parent.inlineContent) return; // not a text caret: leave it to ProseMirror
  view.dispatch(state.tr.setSelection(TextSelection.between($anchor, $head)));
}

export function caretPlugin(): Plugin {
  return new Plugin({
    props: {
      handleKeyDown(view, event) {
        const edge = isDocumentJump(event);
        if (edge || event.key === 'ArrowLeft' || event.key === 'ArrowRight') readDOMCaret(view);
        if (edge) return jumpToEdge(view, edge, event.shiftKey);
        if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return false;
        const word = isWordJump(event);
        if (!word && (event.ctrlKey || event.altKey || event.metaKey)) return false;
        const rtl = blockDirection(view) === 'rtl';
        const forward = (event.key === 'ArrowLeft') === rtl;
        return moveAcrossBlock(view, forward, event.shiftKey, word);
      },
    },
  });
}
