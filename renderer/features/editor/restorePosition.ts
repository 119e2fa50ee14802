// Where the person left off in an article (caret and scroll), put back when the session reopens it.
import { Selection } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';
import type { Session } from '../../../shared/model/settings';

/** Puts the caret and the scroll position back once the article is on screen. */
export function restorePosition(view: EditorView, session: Session): void {
  const pos = Math.min(session.caret, view.state.doc.content.size);
  try {
    view.dispatch(view.state.tr.setSelection(Selection.near(view.state.doc.resolve(pos))));
  } catch {
    // a position that no longer fits the document: leave the caret at the start
  }
  view.focus();
  requestAnimationFrame(() => window.scrollTo({ top: session.scrollTop }));
}
