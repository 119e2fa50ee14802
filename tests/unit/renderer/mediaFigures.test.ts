// The article-pictures watcher looks for figures again only after a change that can have touched
// one: typing in a paragraph must not make it walk the article, and nothing that adds, removes
// or changes a figure may slip past it.
import { describe, expect, it } from 'vitest';
import { EditorState } from 'prosemirror-state';
import { docFromJSON, type DocJSON } from '../../../shared/editor/document.js';
import { figuresOf, touchesFigures } from '../../../renderer/features/editor/figures/figureChanges.js';

const para = (text: string): DocJSON => ({ type: 'paragraph', attrs: { dir: 'auto' }, content: [{ type: 'text', text }] });
const figure = (imageId: string): DocJSON => ({ type: 'figure', attrs: { imageId }, content: [{ type: 'figcaption', attrs: { dir: 'auto' }, content: [{ type: 'text', text: 'כיתוב' }] }] });
const field = (type: string, text: string): DocJSON => ({ type, attrs: { dir: 'auto' }, content: [{ type: 'text', text }] });

function state(): EditorState {
  const json: DocJSON = { type: 'doc', content: [field('headline', 'כותרת'), field('subheadline', 'משנה'), field('byline', 'כתב'), para('פסקה ראשונה'), figure('a'), para('פסקה שנייה'), figure('b')] };
  return EditorState.create({ doc: docFromJSON(json) });
}

describe('touchesFigures', () => {
  it('is false for typing, deleting or splitting inside a paragraph', () => {
    const s = state();
    const [first] = figuresOf(s.doc);
    const inPara = first!.pos - 3;
    expect(touchesFigures(s.tr.insertText('x', inPara))).toBe(false);
    expect(touchesFigures(s.tr.delete(inPara - 2, inPara))).toBe(false);
    expect(touchesFigures(s.tr.split(inPara))).toBe(false);
  });

  it('is true when a figure is removed, added, or its attributes change', () => {
    const s = state();
    const [a, b] = figuresOf(s.doc);
    const figA = s.doc.nodeAt(a!.pos)!;
    expect(touchesFigures(s.tr.delete(a!.pos, a!.pos + figA.nodeSize))).toBe(true);
    expect(touchesFigures(s.tr.insert(a!.pos, figA.type.create({ imageId: 'c' }, figA.content)))).toBe(true);
    expect(touchesFigures(s.tr.setNodeMarkup(b!.pos, undefined, { ...s.doc.nodeAt(b!.pos)!.attrs, imageId: 'd' }))).toBe(true);
    expect(touchesFigures(s.tr.setNodeAttribute(b!.pos, 'imageId', 'e'))).toBe(true);
  });

  it('is true when a deletion spans a figure from the paragraphs around it', () => {
    const s = state();
    const [a] = figuresOf(s.doc);
    expect(touchesFigures(s.tr.delete(a!.pos - 3, a!.pos + s.doc.nodeAt(a!.pos)!.nodeSize + 3))).toBe(true);
  });
});
