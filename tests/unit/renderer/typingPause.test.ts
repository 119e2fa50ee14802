// The paragraph being typed in keeps its isolates and findings as they were (mapped through the
// typing) until a pause or until the caret leaves it; then they are redone. Other paragraphs a
// change touches are redone at once.
import { describe, expect, it } from 'vitest';
import { EditorState, TextSelection } from 'prosemirror-state';
import { docFromJSON } from '../../../shared/editor/document.js';
import { articleDoc, para } from '../../support/docs.js';
import { houseStylePlugin } from '../../../renderer/features/editor/typography/houseStylePlugin.js';
import { findingsPlugin, allFindings } from '../../../renderer/features/editor/typography/findingsPlugin.js';
import { isolationKey, isolationPlugin } from '../../../renderer/features/editor/direction/isolationPlugin.js';
import { pauseKey, typingPausePlugin } from '../../../renderer/features/editor/typingPause.js';

function start(): EditorState {
  const doc = docFromJSON(articleDoc('x', [para('ראשונה'), para('שנייה')]));
  const state = EditorState.create({ doc, plugins: [houseStylePlugin(), typingPausePlugin(), isolationPlugin(), findingsPlugin()] });
  // The caret at the end of the first body paragraph.
  const first = state.doc.child(3);
  const end = state.doc.content.size - state.doc.child(4).nodeSize - 1;
  expect(state.doc.resolve(end).parent).toBe(first);
  return state.apply(state.tr.setSelection(TextSelection.create(state.doc, end)));
}

const type = (state: EditorState, text: string) => state.apply(state.tr.insertText(text));
const isolates = (state: EditorState) => isolationKey.getState(state)!.find().map((d) => state.doc.textBetween(d.from, d.to));
const findingRules = (state: EditorState) => allFindings(state).map((f) => f.rule);

describe('the typing pause', () => {
  it('holds the paragraph being typed in, then redoes it when the caret leaves', () => {
    let state = type(start(), ' ב-C++ (גרסה 2)');
    expect(pauseKey.getState(state)!.held).toBe(state.selection.$head.before());
    expect(isolates(state)).toEqual([]); // held: not redone yet
    // Moving within the paragraph keeps it held.
    state = state.apply(state.tr.setSelection(TextSelection.create(state.doc, state.selection.head - 2)));
    expect(isolates(state)).toEqual([]);
    // Clicking into the next paragraph releases it.
    const next = state.doc.content.size - 2;
    state = state.apply(state.tr.setSelection(TextSelection.create(state.doc, next)));
    expect(pauseKey.getState(state)!.held).toBeNull();
    expect(isolates(state)).toEqual(['C++']);
  });

  it('redoes the held paragraph on the pause (the settle step), as one change that is not in history', () => {
    let state = type(start(), ' כתב  כפול ,');
    expect(findingRules(state)).toEqual([]);
    state = state.apply(state.tr.setMeta(pauseKey, 'settle').setMeta('addToHistory', false));
    expect(pauseKey.getState(state)!.held).toBeNull();
    expect(findingRules(state)).toEqual(expect.arrayContaining(['double-space', 'space-before-punctuation']));
  });

  it('redoes at once a paragraph changed without the caret in it (a fix, a paste elsewhere)', () => {
    let state = start();
    const second = state.doc.child(4);
    const secondEnd = state.doc.content.size - 1;
    expect(state.doc.resolve(secondEnd).parent).toBe(second);
    state = state.apply(state.tr.insertText(' ב-C++ (גרסה 2)', secondEnd));
    expect(pauseKey.getState(state)!.held).toBeNull();
    expect(isolates(state)).toEqual(['C++']);
  });

  it('keeps the held paragraph’s decorations on their text while typing moves them', () => {
    let state = type(start(), ' ב-C++ (גרסה 2)');
    state = state.apply(state.tr.setMeta(pauseKey, 'settle'));
    expect(isolates(state)).toEqual(['C++']);
    // Typing before the isolate, in the same paragraph: held again, the isolate mapped along.
    const at = state.doc.resolve(state.selection.head).start() + 2;
    state = state.apply(state.tr.setSelection(TextSelection.create(state.doc, at)));
    state = type(state, 'אאא');
    expect(pauseKey.getState(state)!.held).not.toBeNull();
    expect(isolates(state)).toEqual(['C++']);
  });
});
