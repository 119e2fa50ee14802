// Keyboard shortcuts of the article editor. Ctrl+Shift on its own (direction) lives in
// direction/directionShortcut.ts; find, link and a pull quote's attribution open UI, so they reach
// React through OPEN_PANEL_EVENT.
import { keymap } from 'prosemirror-keymap';
import { undo, redo } from 'prosemirror-history';
import { baseKeymap, chainCommands } from 'prosemirror-commands';
import { splitListItem, sinkListItem, liftListItem } from 'prosemirror-schema-list';
import type { Command, Plugin } from 'prosemirror-state';
import { articleSchema } from '../../../shared/editor/schema';
import { commands, pullQuoteAt } from './toolbar/commands';
import { carryingDirection } from './direction/directionCommands';
import { toggleInvisibles } from './invisibles/invisiblesPlugin';
import { enterInField } from './fieldKeys';

export type EditorPanel = 'find' | 'link' | 'attribution';

/** Shortcut of each toolbar action, shown in its tooltip. */
export const SHORTCUTS = {
  strong: 'Ctrl+B',
  em: 'Ctrl+I',
  link: 'Ctrl+K',
  note: 'Ctrl+Alt+M',
  bidi: 'Ctrl+Alt+D',
  paragraph: 'Ctrl+Alt+0',
  heading2: 'Ctrl+Alt+2',
  heading3: 'Ctrl+Alt+3',
  blockquote: 'Ctrl+Alt+Q',
  pullQuote: 'Ctrl+Alt+P',
  attribution: 'Ctrl+Alt+A',
  bulletList: 'Ctrl+Shift+8',
  orderedList: 'Ctrl+Shift+7',
  horizontalRule: 'Ctrl+Alt+-',
  undo: 'Ctrl+Z',
  redo: 'Ctrl+Y',
  find: 'Ctrl+F',
  invisibles: 'Ctrl+Shift+I',
  rtl: 'Ctrl+Right Shift',
  ltr: 'Ctrl+Left Shift',
} as const;

/** The DOM event by which a shortcut asks the editor's React parts to open a panel. */
export const OPEN_PANEL_EVENT = 'ktav-open-panel';

const open =
  (panel: EditorPanel): Command =>
  (_state, _dispatch, view) => {
    view?.dom.dispatchEvent(new CustomEvent<EditorPanel>(OPEN_PANEL_EVENT, { detail: panel }));
    return true;
  };

export function editorKeymap(): Plugin {
  const item = articleSchema.nodes.list_item!;
  return keymap({
    'Mod-z': undo,
    'Mod-y': redo,
    'Shift-Mod-z': redo,
    'Mod-b': commands.strong,
    'Mod-i': commands.em,
    // With text selected Ctrl+K links it, as in Word and Docs; without, it falls through to the
    // window, where it opens the command palette.
    'Mod-k': (state, dispatch, view) => {
      // The DOM selection counts too: a selection made with Shift+arrows may reach the editor's
      // state only on the next selectionchange, a moment after the keys.
      const domSelection = view ? (view.root as Document).getSelection() : null;
      const selected = !state.selection.empty || (domSelection !== null && !domSelection.isCollapsed);
      return selected && open('link')(state, dispatch, view);
    },
    'Mod-f': open('find'),
    'Mod-h': open('find'),
    'Mod-Alt-m': commands.note,
    'Mod-Alt-d': commands.bidi,
    'Mod-Alt-0': commands.paragraph,
    'Mod-Alt-2': commands.heading2,
    'Mod-Alt-3': commands.heading3,
    'Mod-Alt-q': commands.blockquote,
    'Mod-Alt-p': commands.pullQuote,
    'Mod-Alt-a': (state, dispatch, view) => pullQuoteAt(state) !== null && open('attribution')(state, dispatch, view),
    'Shift-Mod-8': commands.bulletList,
    'Shift-Mod-7': commands.orderedList,
    'Mod-Alt--': commands.horizontalRule,
    'Shift-Mod-i': toggleInvisibles,
    Tab: sinkListItem(item),
    'Shift-Tab': liftListItem(item),
    Enter: chainCommands(enterInField, carryingDirection(splitListItem(item)), carryingDirection(baseKeymap.Enter!)),
  });
}
