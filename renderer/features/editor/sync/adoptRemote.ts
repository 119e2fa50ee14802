// Brings a text that came from elsewhere (a sync, or main merging a save with a sync's change)
// into the open editor without disturbing the person: only the region that differs from the
// text it was based on is replaced, the caret and what was typed meanwhile stay, and the step
// is not on the person's undo history (Ctrl+Z undoes their own typing, not the desk's edit).
import type { Node as PMNode } from 'prosemirror-model';
import type { EditorView } from 'prosemirror-view';

/** Marks the transaction, so autosave does not take it for the person's change. */
export const REMOTE_META = 'ktavRemote';

/**
 * `based` is the document `incoming` was made from (what this window sent or last had saved).
 * Returns false, changing nothing, when the person has meanwhile typed inside the very region
 * that changed: then the next save meets it in main and the conflict is kept for them.
 */
export function adoptRemote(view: EditorView, based: PMNode, incoming: PMNode): boolean {
  const start = based.content.findDiffStart(incoming.content);
  if (start === null) return true;
  const diffEnd = based.content.findDiffEnd(incoming.content)!;
  let { a: endA, b: endB } = diffEnd;
  // Where the two differ by an insertion, the ends may cross the start: widen to the same size.
  const overlap = start - Math.min(endA, endB);
  if (overlap > 0) {
    endA += overlap;
    endB += overlap;
  }
  let from = start;
  let to = endA;
  const current = view.state.doc;
  if (!current.eq(based)) {
    const localStart = based.content.findDiffStart(current.content);
    const localEnd = based.content.findDiffEnd(current.content);
    if (localStart !== null && localEnd) {
      const localTo = Math.max(localEnd.a, localStart);
      if (localStart <= to && localTo >= from) return false;
      // Typing before the region moved it.
      if (localTo < from) {
        const shift = current.content.size - based.content.size;
        from += shift;
        to += shift;
      }
    }
  }
  const tr = view.state.tr.replace(from, to, incoming.slice(start, endB));
  tr.setMeta(REMOTE_META, true).setMeta('addToHistory', false);
  view.dispatch(tr);
  return true;
}
