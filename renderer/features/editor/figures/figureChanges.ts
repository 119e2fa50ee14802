// Where an article's figures are, and whether a transaction can have changed them: the
// article-pictures panel looks for figures again only then, never on each typed letter.
import type { Node as PMNode } from 'prosemirror-model';
import type { Transaction } from 'prosemirror-state';
import { ReplaceAroundStep, ReplaceStep } from 'prosemirror-transform';

/** The image ids of the article's figures, in document order. */
export function figuresOf(doc: PMNode): { imageId: string; pos: number }[] {
  const out: { imageId: string; pos: number }[] = [];
  doc.descendants((node, pos) => {
    if (node.type.name === 'figure') out.push({ imageId: String(node.attrs.imageId), pos });
    return !node.isTextblock && node.type.name !== 'figure'; // no need to look inside text
  });
  return out;
}

function hasFigure(doc: PMNode, from: number, to: number): boolean {
  let found = false;
  doc.nodesBetween(from, Math.min(to, doc.content.size), (node) => {
    if (node.type.name === 'figure') found = true;
    return !found && !node.isTextblock; // text holds no figure
  });
  return found;
}

/**
 * Whether a transaction may have added, removed or changed a figure: a replacement whose old or
 * new content holds one (typing into a paragraph does not), or a step of another kind. Looks
 * only at the ranges the steps replaced, so typing costs nothing in proportion to the article.
 */
export function touchesFigures(tr: Transaction): boolean {
  return tr.steps.some((step, i) => {
    if (!(step instanceof ReplaceStep || step instanceof ReplaceAroundStep)) return true;
    const before = tr.docs[i]!;
    const after = tr.docs[i + 1] ?? tr.doc;
    let touched = false;
    step.getMap().forEach((oldStart, oldEnd, newStart, newEnd) => {
      touched ||= hasFigure(before, oldStart, oldEnd) || hasFigure(after, newStart, newEnd);
    });
    return touched;
  });
}
