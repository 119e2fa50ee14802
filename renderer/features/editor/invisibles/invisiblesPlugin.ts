// "Show invisible characters": bidi controls (LRM, RLM, the isolates and embeddings), non-breaking
// spaces and paragraph ends become visible, so a person can see why text sits where it does.
// Off by default; when off it costs nothing.
import { Plugin, PluginKey, type Command, type EditorState } from 'prosemirror-state';
import { Decoration, DecorationSet } from 'prosemirror-view';
import type { Node as PMNode } from 'prosemirror-model';
import { decorateAll, updateDecorations } from '../blockDecorations';
import { indexed } from '../indexedDecorations';

/** Invisible characters and the short names shown for them. */
const INVISIBLE_NAMES: Record<string, string> = {
  '\u200E': 'LRM',
  '\u200F': 'RLM',
  '\u061C': 'ALM',
  '\u202A': 'LRE',
  '\u202B': 'RLE',
  '\u202C': 'PDF',
  '\u202D': 'LRO',
  '\u202E': 'RLO',
  '\u2066': 'LRI',
  '\u2067': 'RLI',
  '\u2068': 'FSI',
  '\u2069': 'PDI',
  '\u200B': 'ZWSP',
  '\u200C': 'ZWNJ',
  '\u200D': 'ZWJ',
  '\u00A0': 'NBSP',
  '\u202F': 'NNBSP',
};
// An alternation, not a character class: ZWJ inside a class reads as a joined sequence.
const INVISIBLE_RE = new RegExp(Object.keys(INVISIBLE_NAMES).join('|'), 'g');

const invisiblesKey = new PluginKey<DecorationSet | null>('ktav-invisibles');

function decorate(node: PMNode, pos: number): Decoration[] {
  const out: Decoration[] = [];
  node.forEach((child, offset) => {
    if (!child.isText) return;
    for (const m of child.text!.matchAll(INVISIBLE_RE)) {
      const at = pos + 1 + offset + m.index;
      out.push(Decoration.inline(at, at + 1, { class: 'ktav-invisible', 'data-name': INVISIBLE_NAMES[m[0]]! }, { block: true }));
    }
  });
  return out;
}

export function invisiblesPlugin(): Plugin<DecorationSet | null> {
  return new Plugin<DecorationSet | null>({
    key: invisiblesKey,
    state: {
      init: () => null,
      apply(tr, set, _old, state) {
        const toggle = tr.getMeta(invisiblesKey) as boolean | undefined;
        if (toggle !== undefined) return toggle ? decorateAll(state.doc, decorate) : null;
        return set && updateDecorations(set, tr, decorate);
      },
    },
    props: {
      decorations: (state) => indexed(invisiblesKey.getState(state)),
      attributes: (state): Record<string, string> => (invisiblesKey.getState(state) ? { class: 'ktav-show-invisibles' } : {}),
    },
  });
}

export function invisiblesShown(state: EditorState): boolean {
  return invisiblesKey.getState(state) != null;
}

export const toggleInvisibles: Command = (state, dispatch) => {
  if (dispatch) dispatch(state.tr.setMeta(invisiblesKey, !invisiblesShown(state)).setMeta('addToHistory', false));
  return true;
};
