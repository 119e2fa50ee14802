// Decorations of the paragraph being typed in wait for a pause in typing.
//
// While a person types, the text they type must stay in the text node the browser put it in. If
// the paragraph's decorations change under the caret (an English word grows inside its isolate,
// a finding appears at the word being written), ProseMirror redraws that part of the paragraph
// and sets the caret again, and Chromium answers a caret set by measuring the editing area's text
// up to the caret, which in a long article costs more than the whole keystroke (see the typing
// benchmark in bench/). So the textblock that holds the caret is "held": its decorations are
// mapped through the typing, not recomputed, until the person stops for PAUSE_MS or the caret
// leaves it. Then the block is decorated afresh, in one step.
import { Plugin, PluginKey, type EditorState, type Transaction } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';
import { changedRanges } from './blockDecorations';

/** How long typing must stop before the paragraph's isolates and findings are redone. */
const PAUSE_MS = 400;

interface PauseState {
  /** The start of the textblock being typed in, whose decorations wait; null when none waits. */
  held: number | null;
  /** Textblocks (their starts, in this transaction's document) whose wait ended with this transaction. */
  released: number[];
}

export const pauseKey = new PluginKey<PauseState>('ktav-typing-pause');

const SETTLE = 'settle';

/** The start of the textblock that holds `pos`, or null when `pos` is not inside one. */
function textblockAt(state: Pick<EditorState, 'doc'>, pos: number): number | null {
  const $pos = state.doc.resolve(pos);
  return $pos.parent.isTextblock && $pos.depth > 0 ? $pos.before() : null;
}

/** The textblock a transaction typed in: a change confined to the textblock of a collapsed caret. */
function typedBlock(tr: Transaction): number | null {
  if (!tr.docChanged || !tr.selection.empty || tr.getMeta('uiEvent')) return null;
  const start = textblockAt(tr, tr.selection.head);
  if (start === null) return null;
  const end = start + tr.doc.nodeAt(start)!.nodeSize;
  for (const { from, to } of changedRanges(tr)) if (from <= start || to >= end) return null;
  return start;
}

function stillHeld(tr: Transaction, held: number): number | null {
  const mapped = tr.mapping.mapResult(held, 1);
  if (mapped.deleted) return null;
  return tr.doc.nodeAt(mapped.pos)?.isTextblock ? mapped.pos : null;
}

/** Whether the editor's selection is the one the browser shows (it reads a moved caret on the next `selectionchange`). */
function caretRead(view: EditorView): boolean {
  const sel = view.dom.ownerDocument.getSelection();
  if (!sel?.focusNode || !view.dom.contains(sel.focusNode)) return true; // focus is elsewhere: nothing to put back
  try {
    return view.posAtDOM(sel.focusNode, sel.focusOffset) === view.state.selection.head;
  } catch {
    return true;
  }
}

/** Which textblock waits, and the view that ends the wait after a pause. Must come before the plugins that read it. */
export function typingPausePlugin(): Plugin<PauseState> {
  return new Plugin<PauseState>({
    key: pauseKey,
    state: {
      init: () => ({ held: null, released: [] }),
      apply(tr, prev): PauseState {
        const held = prev.held === null ? null : stillHeld(tr, prev.held);
        const typed = tr.getMeta(pauseKey) === SETTLE ? null : typedBlock(tr);
        if (typed !== null) return { held: typed, released: held !== null && held !== typed ? [held] : [] };
        if (held === null) return prev.held === null && prev.released.length === 0 ? prev : { held: null, released: [] };
        // Moving the caret within the held block keeps it waiting; anything else ends the wait.
        const keep = tr.getMeta(pauseKey) !== SETTLE && !tr.docChanged && textblockAt(tr, tr.selection.head) === held && tr.selection.empty;
        return keep ? (prev.released.length === 0 && held === prev.held ? prev : { held, released: [] }) : { held: null, released: [held] };
      },
    },
    view() {
      let timer: ReturnType<typeof setTimeout> | undefined;
      return {
        update(view) {
          clearTimeout(timer);
          if (pauseKey.getState(view.state)?.held == null) return;
          let tries = 0;
          const settle = () => {
            if (pauseKey.getState(view.state)?.held == null) return;
            tries++;
            // An input method composing a word must not have its text redrawn under it, and a
            // caret the browser moved but the editor has not read yet must not be put back.
            if (view.composing || (!caretRead(view) && tries < 10)) timer = setTimeout(settle, 50);
            else view.dispatch(view.state.tr.setMeta(pauseKey, SETTLE).setMeta('addToHistory', false));
          };
          timer = setTimeout(settle, PAUSE_MS);
        },
        destroy() {
          clearTimeout(timer);
        },
      };
    },
  });
}
