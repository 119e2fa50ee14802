// What the toolbar shows as active for the current selection, as one string so React re-renders
// the toolbar only when it changes (not on every keystroke).
import type { EditorState } from 'prosemirror-state';
import { articleSchema } from '../../../../shared/editor/schema';
import { undoDepth, redoDepth } from 'prosemirror-history';
import { inField } from './commands';
import { invisiblesShown } from '../invisibles/invisiblesPlugin';

interface ToolbarState {
  marks: Set<string>;
  block: string;
  dir: string;
  inField: boolean;
  canUndo: boolean;
  canRedo: boolean;
  invisibles: boolean;
  hasSelection: boolean;
  /** The caret is in a pull quote (perhaps inside a quotation), so its attribution can be edited. */
  inPullQuote: boolean;
}

export function toolbarKey(state: EditorState): string {
  const { $from, from, to, empty } = state.selection;
  const marks = Object.keys(articleSchema.marks).filter((name) => {
    const type = articleSchema.marks[name]!;
    return empty ? !!type.isInSet(state.storedMarks ?? $from.marks()) : state.doc.rangeHasMark(from, to, type);
  });
  const parent = $from.parent;
  let block = parent.type.name === 'heading' ? `heading${parent.attrs.level as number}` : parent.type.name;
  for (let d = $from.depth; d > 0; d--) {
    const name = $from.node(d).type.name;
    if (name === 'bullet_list' || name === 'ordered_list' || name === 'blockquote') {
      block = name === 'bullet_list' ? 'bulletList' : name === 'ordered_list' ? 'orderedList' : 'blockquote';
      break;
    }
  }
  if (block === 'pull_quote') block = 'pullQuote';
  return [marks.join(','), block, String(parent.attrs.dir ?? ''), inField(state), undoDepth(state) > 0, redoDepth(state) > 0, invisiblesShown(state), !empty, parent.type.name === 'pull_quote'].join('|');
}

export function parseToolbarKey(key: string): ToolbarState {
  const [marks = '', block = '', dir = '', field, undo, redo, inv, sel, quote] = key.split('|');
  return {
    marks: new Set(marks ? marks.split(',') : []),
    block,
    dir,
    inField: field === 'true',
    canUndo: undo === 'true',
    canRedo: redo === 'true',
    invisibles: inv === 'true',
    hasSelection: sel === 'true',
    inPullQuote: quote === 'true',
  };
}
