// The editing commands behind the toolbar and the keyboard shortcuts: block types, lists,
// marks, links, notes and hand-marked direction spans.
import { lift, setBlockType, toggleMark, wrapIn } from 'prosemirror-commands';
import { liftListItem, wrapInList } from 'prosemirror-schema-list';
import type { MarkType, NodeType } from 'prosemirror-model';
import type { Command, EditorState } from 'prosemirror-state';
import { articleSchema, isSafeHref } from '../../../../shared/editor/schema';
import { shownDirection } from '../direction/directedBlockViews';

const { nodes, marks } = articleSchema;

/** Is the selection inside the fixed fields (headline, lead, byline), where only text goes? */
export function inField(state: EditorState): boolean {
  const { $from } = state.selection;
  return $from.depth >= 1 && $from.index(0) < 3;
}

const inBody =
  (cmd: Command): Command =>
  (state, dispatch, view) =>
    !inField(state) && cmd(state, dispatch, view);

/** A block type, keeping the block's direction. */
function setBlock(type: NodeType, attrs: Record<string, unknown> = {}): Command {
  return inBody((state, dispatch, view) => {
    const dir = state.selection.$from.parent.attrs.dir ?? 'auto';
    return setBlockType(type, { dir, ...attrs })(state, dispatch, view);
  });
}

export const commands = {
  paragraph: setBlock(nodes.paragraph!),
  heading2: setBlock(nodes.heading!, { level: 2 }),
  heading3: setBlock(nodes.heading!, { level: 3 }),
  pullQuote: setBlock(nodes.pull_quote!),
  blockquote: inBody(wrapIn(nodes.blockquote!)),
  bulletList: inBody(toggleList(nodes.bullet_list!)),
  orderedList: inBody(toggleList(nodes.ordered_list!)),
  horizontalRule: inBody((state, dispatch) => {
    if (dispatch) dispatch(state.tr.replaceSelectionWith(nodes.horizontal_rule!.create()).scrollIntoView());
    return true;
  }),
  strong: toggleMark(marks.strong!),
  em: toggleMark(marks.em!),
  note: toggleMark(marks.note!),
  bidi: toggleBidiSpan(),
  lift: inBody(lift),
};

export type CommandName = keyof typeof commands;

/** Wraps in a list, or lifts out of one of the same kind. */
function toggleList(type: NodeType): Command {
  return (state, dispatch, view) => {
    const { $from } = state.selection;
    for (let d = $from.depth; d > 0; d--) {
      if ($from.node(d).type === type) return liftListItem(nodes.list_item!)(state, dispatch, view);
    }
    return wrapInList(type)(state, dispatch, view);
  };
}

/** Marks the selection as a phrase in the direction opposite to its block (an English name in Hebrew). */
function toggleBidiSpan(): Command {
  return (state, dispatch) => {
    const { from, to, empty, $from } = state.selection;
    if (empty) return false;
    const type: MarkType = marks.bidi!;
    if (state.doc.rangeHasMark(from, to, type)) {
      if (dispatch) dispatch(state.tr.removeMark(from, to, type));
      return true;
    }
    const blockDir = shownDirection($from.parent);
    const dir = blockDir === 'rtl' ? 'ltr' : 'rtl';
    if (dispatch) dispatch(state.tr.addMark(from, to, type.create({ dir, lang: dir === 'ltr' ? 'en' : 'he' })));
    return true;
  };
}

/** Sets a link on the selection; false (and nothing changes) when the address is not safe. */
export function setLink(href: string): Command {
  return (state, dispatch) => {
    const { from, to, empty } = state.selection;
    if (empty || !isSafeHref(href)) return false;
    if (dispatch) dispatch(state.tr.removeMark(from, to, marks.link!).addMark(from, to, marks.link!.create({ href: href.trim() })));
    return true;
  };
}

export const removeLink: Command = (state, dispatch) => {
  const { from, to } = state.selection;
  if (!state.doc.rangeHasMark(from, to, marks.link!)) return false;
  if (dispatch) dispatch(state.tr.removeMark(from, to, marks.link!));
  return true;
};

/** The link of the selection, if it has one. */
export function linkAt(state: EditorState): string | null {
  const { $from } = state.selection;
  const mark = marks.link!.isInSet($from.marks()) ?? marks.link!.isInSet($from.nodeAfter?.marks ?? []);
  return mark ? (mark.attrs.href as string) : null;
}
