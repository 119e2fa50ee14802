// Grey hints in the empty headline, lead, byline and first body paragraph. Looks only at the
// first four blocks, so it costs the same in a long article as in a short one.
import { Plugin } from 'prosemirror-state';
import { Decoration, DecorationSet } from 'prosemirror-view';
import { BODY_START } from '../../../shared/editor/document';

export function placeholders(labels: readonly [string, string, string, string]): Plugin {
  return new Plugin({
    props: {
      decorations(state) {
        const decos: Decoration[] = [];
        let pos = 0;
        const { doc } = state;
        for (let i = 0; i < Math.min(BODY_START + 1, doc.childCount); i++) {
          const child = doc.child(i);
          if (child.content.size === 0 && (i < BODY_START || doc.childCount === BODY_START + 1)) {
            decos.push(Decoration.node(pos, pos + child.nodeSize, { class: 'is-empty', 'data-placeholder': labels[i] ?? '' }));
          }
          pos += child.nodeSize;
        }
        return DecorationSet.create(doc, decos);
      },
    },
  });
}
