// The editing commands behind the toolbar and the keyboard shortcuts: block types, lists,
// marks, links, a pull quote's attribution, notes and hand-marked direction spans.
import { lift, setBlockType, toggleMark, wrapIn } from 'prosemirror-commands';
import { liftListItem, wrapInList } from 'prosemirror-schema-list';
import { closeHistory } from 'prosemirror-history';
import type { MarkType, Node as PMNode, NodeType } from 'prosemirror-model';
import type { Command, EditorState } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';
import { BODY_START } from '../../../../shared/editor/document';
import { articleSchema, isSafeHref } from '../../../../shared/editor/schema';
import { shownDirection } from '../direction/directedBlockViews';

const { nodes, marks } = articleSchema;

/** Is the selection inside the fixed fields (headline, lead, byline), where only text goes? */
export function inField(state: EditorState): boolean {
  const { $from } = state.selection;
  return $from.depth >= 1 && $from.index(0) < BODY_START;
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

/** The pull quote the caret is in (its text is the caret's own block), with its position. */
export function pullQuoteAt(state: EditorState): { pos: number; node: PMNode } | null {
  const { $from } = state.selection;
  if ($from.parent.type !== nodes.pull_quote || $from.depth === 0) return null;
  return { pos: $from.before(), node: $from.parent };
}

/** Sets (or, with an empty text, removes) the attribution of the pull quote the caret is in. */
export function setAttribution(text: string): Command {
  return (state, dispatch) => {
    const quote = pullQuoteAt(state);
    if (!quote) return false;
    const attribution = text.replace(/\s+/g, ' ').trim();
    if (attribution === quote.node.attrs.attribution) return true;
    // Its own undo step even when the person typed in the quote a moment before.
    if (dispatch) dispatch(closeHistory(state.tr.setNodeMarkup(quote.pos, undefined, { ...quote.node.attrs, attribution })));
    return true;
  };
}

/** `setAttribution` from the attribution field; what is typed next is a separate undo step too. */
export function applyAttribution(view: EditorView, text: string): boolean {
  const before = view.state.doc;
  if (!setAttribution(text)(view.state, view.dispatch)) return false;
  if (view.state.doc !== before) view.dispatch(closeHistory(view.state.tr));
  return true;
}
