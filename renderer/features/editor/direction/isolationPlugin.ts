// Opposite-direction phrases (a URL, an e-mail, `C++`, an English name followed by a number in
// parentheses) isolated in the editor as they are in exported HTML: each is drawn inside a `<bdi>`
// of its own direction, so punctuation and numbers stay on the right side. Decided per textblock
// by the same function the HTML serializer uses; a span the person marked (the bidi mark) is theirs.
import { Plugin, PluginKey } from 'prosemirror-state';
import { Decoration, type DecorationSet } from 'prosemirror-view';
import type { Node as PMNode } from 'prosemirror-model';
import { OBJECT, runsToIsolate } from '../../../../shared/text/isolate';
import { decorateAll, updateDecorations } from '../blockDecorations';
import { indexed } from '../indexedDecorations';
import { pauseKey } from '../typingPause';
import { shownDirection } from './directedBlockViews';

export const isolationKey = new PluginKey<DecorationSet>('ktav-isolation');

function decorate(node: PMNode, pos: number): Decoration[] {
  const dir = shownDirection(node);
  const other = dir === 'rtl' ? 'ltr' : 'rtl';
  // The block's text as the serializer reads it: a hand-marked span (already an isolate) or an
  // inline object stands as a neutral object, so a run never crosses or splits it.
  let flow = '';
  node.forEach((child) => {
    if (child.type.name === 'hard_break') flow += '\n';
    else if (!child.isText || child.marks.some((m) => m.type.name === 'bidi')) flow += OBJECT.repeat(child.nodeSize);
    else flow += child.text;
  });
  return runsToIsolate(flow, dir).map((r) =>
    Decoration.inline(pos + 1 + r.from, pos + 1 + r.to, { nodeName: 'bdi', dir: other, class: 'ktav-isolate' }, { block: true }),
  );
}

export function isolationPlugin(): Plugin<DecorationSet> {
  return new Plugin<DecorationSet>({
    key: isolationKey,
    state: {
      init: (_config, state) => decorateAll(state.doc, decorate),
      apply: (tr, set, _old, state) => updateDecorations(set, tr, decorate, pauseKey.getState(state)),
    },
    props: { decorations: (state) => indexed(isolationKey.getState(state)) },
  });
}
