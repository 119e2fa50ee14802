// Find and replace across the article (חיפוש והחלפה), Hebrew-aware: niqqud is ignored and final
// letters match their regular forms (shared/hebrew/search.ts). Matches are decorations kept per
// textblock, so typing while the find bar is open redoes only the edited paragraph.
import { Plugin, PluginKey, TextSelection, type Command, type EditorState } from 'prosemirror-state';
import { Decoration, DecorationSet } from 'prosemirror-view';
import type { Node as PMNode } from 'prosemirror-model';
import { findMatches } from '../../../../shared/hebrew/search';
import { decorateAll, updateDecorations } from '../blockDecorations';
import { indexed } from '../indexedDecorations';

interface FindState {
  query: string;
  matches: DecorationSet;
}

const findKey = new PluginKey<FindState>('ktav-find');

function decorator(query: string) {
  return (node: PMNode, pos: number): Decoration[] => {
    if (!query) return [];
    const text = node.textBetween(0, node.content.size, undefined, '\uFFFC');
    return findMatches(text, query).map((m) =>
      Decoration.inline(pos + 1 + m.from, pos + 1 + m.to, { class: 'ktav-find-match' }, { block: true }),
    );
  };
}

export function findPlugin(): Plugin<FindState> {
  return new Plugin<FindState>({
    key: findKey,
    state: {
      init: () => ({ query: '', matches: DecorationSet.empty }),
      apply(tr, value, _old, state) {
        const query = tr.getMeta(findKey) as string | undefined;
        if (query !== undefined) return { query, matches: query ? decorateAll(state.doc, decorator(query)) : DecorationSet.empty };
        if (!value.query) return value;
        return { query: value.query, matches: updateDecorations(value.matches, tr, decorator(value.query)) };
      },
    },
    props: {
      decorations: (state) => indexed(findKey.getState(state)?.matches),
    },
  });
}

export function setFindQuery(query: string): Command {
  return (state, dispatch) => {
    if (dispatch) dispatch(state.tr.setMeta(findKey, query).setMeta('addToHistory', false));
    return true;
  };
}

export function matchRanges(state: EditorState): { from: number; to: number }[] {
  return (findKey.getState(state)?.matches.find() ?? []).map((d) => ({ from: d.from, to: d.to })).sort((a, b) => a.from - b.from);
}

/** Selects the next match after the selection (or the previous one), wrapping around. */
export function findNext(backwards = false): Command {
  return (state, dispatch) => {
    const ranges = matchRanges(state);
    if (ranges.length === 0) return false;
    const { from, to } = state.selection;
    const next = backwards
      ? ([...ranges].reverse().find((r) => r.to < to) ?? ranges[ranges.length - 1]!)
      : (ranges.find((r) => r.from > from) ?? ranges[0]!);
    if (dispatch) dispatch(state.tr.setSelection(TextSelection.create(state.doc, next.from, next.to)).scrollIntoView());
    return true;
  };
}

/** Replaces the selected match, then selects the next one. */
export function replaceCurrent(replacement: string): Command {
  return (state, dispatch) => {
    const { from, to } = state.selection;
    const isMatch = matchRanges(state).some((r) => r.from === from && r.to === to);
    if (!isMatch) return findNext()(state, dispatch);
    if (dispatch) {
      const tr = state.tr.insertText(replacement, from, to);
      dispatch(tr.setSelection(TextSelection.create(tr.doc, from + replacement.length)));
    }
    return true;
  };
}

/** Replaces every match in one step of history; returns how many through `onCount`. */
export function replaceAll(replacement: string, onCount?: (n: number) => void): Command {
  return (state, dispatch) => {
    const ranges = matchRanges(state);
    if (ranges.length === 0) return false;
    if (dispatch) {
      const tr = state.tr;
      for (const r of [...ranges].reverse()) tr.insertText(replacement, r.from, r.to);
      dispatch(tr);
    }
    onCount?.(ranges.length);
    return true;
  };
}
