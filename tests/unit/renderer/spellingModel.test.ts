// The editor's spell checking without the DOM: the misspelled words of a block from the verdicts
// (an unanswered word counts as correct, an ignored one is left alone, the byline is not
// checked), the word at a position, the next one after the caret (from the start again past the
// end), and a suggestion that replaces the word, or an attribution's word, in one undo step.
import { describe, expect, it } from 'vitest';
import { EditorState, TextSelection } from 'prosemirror-state';
import { history, undo, undoDepth } from 'prosemirror-history';
import { docFromJSON } from '../../../shared/editor/document.js';
import { articleDoc, para } from '../../support/docs.js';
import { forEachChecked, lookupId, misspellingAt, nextMisspelling, replaceMisspelling, wordsOf } from '../../../renderer/features/editor/spelling/spellingModel.js';

const WRONG = new Set(['אתמל', 'התקציבב', 'גולדשטין', 'דוברר']);
/** Verdicts as main would give them, for every word of the fixtures. */
const verdicts = { get: (id: string) => !WRONG.has(id.slice(3)) };

function start(): EditorState {
  const doc = docFromJSON(
    articleDoc(
      'הממשלה החליטה אתמל',
      [
        para('הוועדה אישרה את התקציבב לשנה הבאה.'),
        { type: 'pull_quote', attrs: { dir: 'auto', attribution: 'דוברר העירייה' }, content: [{ type: 'text', text: 'ציטוט' }] },
      ],
      'כותרת משנה',
      'גולדשטין',
    ),
  );
  return EditorState.create({ doc, plugins: [history()] });
}

describe('the misspelled words of the article', () => {
  it('are found per block from the verdicts; the byline is not checked', () => {
    const state = start();
    const seen: string[] = [];
    forEachChecked(
      state.doc,
      (node) => seen.push(node.type.name),
      (quote) => seen.push(`attribution: ${String(quote.attrs.attribution)}`),
    );
    expect(seen).toEqual(['headline', 'subheadline', 'paragraph', 'attribution: דוברר העירייה', 'pull_quote']);
    // Words are cut once per node.
    expect(wordsOf(state.doc.child(0))).toBe(wordsOf(state.doc.child(0)));
  });

  it('the word at a position, touching counts; an unanswered or ignored word is none', () => {
    const state = start();
    const headline = 1 + 'הממשלה החליטה '.length;
    expect(misspellingAt(state, headline + 2, verdicts, new Set())).toMatchObject({ kind: 'text', word: 'אתמל', key: 'אתמל', lang: 'he', from: headline, to: headline + 4 });
    expect(misspellingAt(state, headline + 4, verdicts, new Set())?.word).toBe('אתמל');
    expect(misspellingAt(state, headline - 2, verdicts, new Set())).toBeNull();
    expect(misspellingAt(state, headline + 2, verdicts, new Set(['אתמל']))).toBeNull();
    expect(misspellingAt(state, headline + 2, { get: () => undefined }, new Set())).toBeNull();
    expect(lookupId('אתמל', 'he')).toBe('he:אתמל');
  });

  it('the next one after the caret, from the start again past the end', () => {
    let state = start();
    const first = nextMisspelling(state, 0, verdicts, new Set());
    expect(first?.word).toBe('אתמל');
    const second = nextMisspelling(state, first!.to, verdicts, new Set());
    expect(second?.word).toBe('התקציבב');
    state = state.apply(state.tr.setSelection(TextSelection.atEnd(state.doc)));
    expect(nextMisspelling(state, state.selection.to, verdicts, new Set())?.word).toBe('אתמל');
    expect(nextMisspelling(state, 0, verdicts, new Set(['אתמל', 'התקציבב']))).toBeNull();
  });
});

describe('a suggestion', () => {
  it('replaces the word in one undo step of its own', () => {
    let state = start();
    state = state.apply(state.tr.insertText('!', state.doc.child(0).nodeSize - 1)); // typed just before
    const target = misspellingAt(state, 3 + 'הממשלה החליטה '.length, verdicts, new Set())!;
    replaceMisspelling(target, 'אתמול')(state, (tr) => (state = state.apply(tr)));
    expect(state.doc.child(0).textContent).toBe('הממשלה החליטה אתמול!');
    expect(undoDepth(state)).toBe(2);
    undo(state, (tr) => (state = state.apply(tr)));
    expect(state.doc.child(0).textContent).toBe('הממשלה החליטה אתמל!');
  });

  it('replaces a word of a pull quote’s attribution in one undo step', () => {
    let state = start();
    let quote = -1;
    state.doc.forEach((node, offset) => {
      if (node.type.name === 'pull_quote') quote = offset;
    });
    replaceMisspelling({ kind: 'attribution', quote, from: 0, to: 5, word: 'דוברר', key: 'דוברר', lang: 'he' }, 'דובר')(state, (tr) => (state = state.apply(tr)));
    expect(state.doc.nodeAt(quote)!.attrs.attribution).toBe('דובר העירייה');
    undo(state, (tr) => (state = state.apply(tr)));
    expect(state.doc.nodeAt(quote)!.attrs.attribution).toBe('דוברר העירייה');
  });

  it('does nothing when the word is no longer there', () => {
    const state = start();
    const target = misspellingAt(state, 3 + 'הממשלה החליטה '.length, verdicts, new Set())!;
    const changed = state.apply(state.tr.insertText('x', target.from + 1));
    expect(replaceMisspelling(target, 'אתמול')(changed)).toBe(false);
  });
});
