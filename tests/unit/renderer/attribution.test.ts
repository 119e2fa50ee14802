// A pull quote's attribution: set on the quote the caret is in, in one undo step of its own even
// right after typing, removed by an empty text, and refused outside a pull quote.
import { describe, expect, it } from 'vitest';
import { EditorState, TextSelection, type Command } from 'prosemirror-state';
import { history, undo } from 'prosemirror-history';
import { docFromJSON } from '../../../shared/editor/document.js';
import { articleDoc, para } from '../../support/docs.js';
import { pullQuoteAt, setAttribution } from '../../../renderer/features/editor/toolbar/commands.js';

function stateIn(text: string): EditorState {
  const doc = docFromJSON(articleDoc('x', [para('לפני'), { type: 'pull_quote', attrs: { attribution: '', dir: 'auto' }, content: [{ type: 'text', text }] }]));
  const state = EditorState.create({ doc, plugins: [history()] });
  // The caret at the end of the quote, the document's last block.
  return state.apply(state.tr.setSelection(TextSelection.atEnd(doc)));
}

function run(state: EditorState, cmd: Command): EditorState {
  let next = state;
  expect(cmd(state, (tr) => (next = next.apply(tr)))).toBe(true);
  return next;
}

const attributionOf = (state: EditorState) => pullQuoteAt(state)?.node.attrs.attribution as string | undefined;

describe("a pull quote's attribution", () => {
  it('is set on the quote the caret is in, with spaces tidied, and undone on its own after typing', () => {
    let state = stateIn('חיכינו');
    state = state.apply(state.tr.insertText(' לפארק').setTime(Date.now()));
    state = run(state, setAttribution('  רונית   אברהם '));
    expect(attributionOf(state)).toBe('רונית אברהם');
    expect(pullQuoteAt(state)!.node.textContent).toBe('חיכינו לפארק');
    state = run(state, undo);
    expect(attributionOf(state)).toBe('');
    // The typing before it is still there: the attribution was a step of its own.
    expect(pullQuoteAt(state)!.node.textContent).toBe('חיכינו לפארק');
  });

  it('is removed by an empty text and changes nothing when it is the same', () => {
    let state = run(stateIn('ציטוט'), setAttribution('Reuters'));
    const same = run(state, setAttribution(' Reuters '));
    expect(same.doc).toBe(state.doc);
    state = run(state, setAttribution(''));
    expect(attributionOf(state)).toBe('');
  });

  it('is refused outside a pull quote', () => {
    const state = stateIn('ציטוט');
    let paragraphAt = 0;
    state.doc.forEach((node, offset) => {
      if (node.type.name === 'paragraph') paragraphAt = offset + 1;
    });
    const inParagraph = state.apply(state.tr.setSelection(TextSelection.create(state.doc, paragraphAt)));
    expect(inParagraph.selection.$from.parent.type.name).toBe('paragraph');
    expect(pullQuoteAt(inParagraph)).toBeNull();
    expect(setAttribution('מישהו')(inParagraph)).toBe(false);
  });
});
