// The safe typography fixes, made as the person types (see shared/hebrew/autocorrect.ts). The
// typed character goes in first, then the fix as a history event of its own, so one Ctrl+Z
// takes back the fix and leaves exactly what was typed (יו"ר), as Word's AutoCorrect does.
import { Plugin } from 'prosemirror-state';
import { closeHistory } from 'prosemirror-history';
import { autocorrect } from '../../../../shared/hebrew/autocorrect';
import { houseStyleOf } from './houseStylePlugin';

/** Text of the textblock around `pos`, on one side of it; leaf nodes count as one character. */
function blockText(doc: import('prosemirror-model').Node, from: number, to: number): string {
  return doc.textBetween(from, to, undefined, '\uFFFC');
}

export function autocorrectPlugin(): Plugin {
  return new Plugin({
    props: {
      handleTextInput(view, from, to, text) {
        const { state } = view;
        const $from = state.doc.resolve(from);
        if (!$from.parent.isTextblock || from !== to) return false;
        const before = blockText(state.doc, $from.start(), from);
        const after = blockText(state.doc, to, $from.end());
        const fix = autocorrect(before, text, after, houseStyleOf(state));
        if (!fix) return false;
        const marks = state.storedMarks ?? $from.marks();
        if (marks.some((m) => m.type.name === 'note' || m.type.name === 'bidi')) return false;
        view.dispatch(state.tr.insertText(text, from, to));
        const start = from - fix.deleteBefore;
        const fixTr = view.state.tr.insertText(fix.insert, start, from + text.length);
        // closeHistory: the fix is a history event of its own. Time 0: the history then starts a
        // new event with the next keystroke too (it never joins an event to one made at time 0),
        // so undo never joins that keystroke to the fix. (An empty closing transaction did the
        // same at the price of a third view update on these keys, the slowest of the benchmark.)
        view.dispatch(closeHistory(fixTr).setMeta('ktav-autocorrect', fix.rule).setTime(0));
        return true;
      },
    },
  });
}
