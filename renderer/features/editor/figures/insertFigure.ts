// Putting a picture into an article: a figure after the block the cursor is in (never inside
// the headline, lead or byline), or where a picture was dropped.
import type { EditorView } from 'prosemirror-view';
import { articleSchema } from '../../../../shared/editor/schema';
import { BODY_START } from '../../../../shared/editor/document';

function figureNode(imageId: string) {
  const { figure, figcaption } = articleSchema.nodes;
  return figure!.create({ imageId }, figcaption!.create({ dir: 'auto' }));
}

/** Position between top-level blocks where a figure goes for the cursor at `pos`. */
function blockBoundaryAfter(view: EditorView, pos: number): number {
  const doc = view.state.doc;
  const $pos = doc.resolve(Math.min(pos, doc.content.size));
  const index = $pos.index(0);
  if (index < BODY_START) return bodyStart(view);
  return $pos.depth === 0 ? $pos.pos : $pos.after(1);
}

function bodyStart(view: EditorView): number {
  let pos = 0;
  for (let i = 0; i < BODY_START; i++) pos += view.state.doc.child(i).nodeSize;
  return pos;
}

/** Inserts figures for `imageIds` after the block at `pos` (default: the cursor). */
export function insertFigures(view: EditorView, imageIds: string[], pos: number = view.state.selection.from): void {
  if (imageIds.length === 0) return;
  const at = blockBoundaryAfter(view, pos);
  const tr = view.state.tr.insert(at, imageIds.map(figureNode));
  view.dispatch(tr.scrollIntoView());
  view.focus();
}
