// Opposite-direction phrases (an English name, a URL, an e-mail, `C++`) isolated in the editor as
// they are in exported HTML: each is drawn inside a `<bdi>` of its own direction, so the comma
// after "Google" or the number after "iPhone" stays on the right side. Decided per textblock by
// the same function the HTML serializer uses; a span the person marked (the bidi mark) is theirs.
import { Plugin, PluginKey } from 'prosemirror-state';
import { Decoration, type DecorationSet } from 'prosemirror-view';
import type { Node as PMNode } from 'prosemirror-model';
import { oppositeRuns } from '../../../../shared/text/isolate';
import { decorateAll, updateDecorations } from '../blockDecorations';
import { indexed } from '../indexedDecorations';
import { shownDirection } from './directedBlockViews';

export const isolationKey = new PluginKey<DecorationSet>('ktav-isolation');

function decorate(node: PMNode, pos: number): Decoration[] {
  const dir = shownDirection(node);
  const other = dir === 'rtl' ? 'ltr' : 'rtl';
  const out: Decoration[] = [];
  // Runs are found per stretch of text without a hand-marked span, so a marked span is never split.
  let text = '';
  let start = 0;
  const flush = () => {
    for (const r of oppositeRuns(text, dir)) {
      out.push(
        Decoration.inline(pos + 1 + start + r.from, pos + 1 + start + r.to, { nodeName: 'bdi', dir: other, class: 'ktav-isolate' }, { block: true }),
      );
    }
  };
  node.forEach((child, offset) => {
    const marked = !child.isText || child.marks.some((m) => m.type.name === 'bidi');
    if (marked) {
      flush();
      text = '';
      start = offset + child.nodeSize;
    } else {
      if (!text) start = offset;
      text += child.text;
    }
  });
  flush();
  return out;
}

export function isolationPlugin(): Plugin<DecorationSet> {
  return new Plugin<DecorationSet>({
    key: isolationKey,
    state: {
      init: (_config, state) => decorateAll(state.doc, decorate),
      apply: (tr, set) => updateDecorations(set, tr, decorate),
    },
    props: { decorations: (state) => indexed(isolationKey.getState(state)) },
  });
}
