// Puts another text into the open editor as one undoable step (a restored version, the disk's
// text after a conflict), so Ctrl+Z in the editor brings the previous text back too.
import type { EditorView } from 'prosemirror-view';
import { docFromJSON } from '../../../shared/editor/document';

export function replaceDocument(view: EditorView, json: unknown): void {
  const doc = docFromJSON(json);
  view.dispatch(view.state.tr.replaceWith(0, view.state.doc.content.size, doc.content).scrollIntoView());
}
