// The editor's actions in the command palette and the shortcuts sheet, built from the same
// commands and shortcut table as the toolbar, while an article is open.
import type { EditorView } from 'prosemirror-view';
import { undo, redo } from 'prosemirror-history';
import type { Command } from 'prosemirror-state';
import { useActions, type Action } from '../commands/actionRegistry';
import { commands } from './toolbar/commands';
import { OPEN_PANEL_EVENT, SHORTCUTS, type EditorPanel } from './editorKeymap';
import { setDirection } from './direction/directionCommands';
import { toggleInvisibles } from './invisibles/invisiblesPlugin';
import { nextMisspelledWord, openMenuAtCaret } from './spelling/spellingPlugin';

const GROUP = 'commands.groupEditing';

export function useEditorActions(view: EditorView | null): void {
  useActions(() => {
    if (!view) return [];
    const run = (cmd: Command) => () => {
      cmd(view.state, view.dispatch, view);
      view.focus();
    };
    const open = (panel: EditorPanel) => () => {
      view.dom.dispatchEvent(new CustomEvent<EditorPanel>(OPEN_PANEL_EVENT, { detail: panel }));
    };
    const byName: Partial<Record<keyof typeof SHORTCUTS, () => void>> = {
      ...(Object.fromEntries(Object.entries(commands).map(([name, cmd]) => [name, run(cmd as Command)])) as Partial<Record<keyof typeof SHORTCUTS, () => void>>),
      undo: run(undo),
      redo: run(redo),
      link: open('link'),
      attribution: open('attribution'),
      find: open('find'),
      invisibles: run(toggleInvisibles),
      rtl: run(setDirection('rtl')),
      ltr: run(setDirection('ltr')),
    };
    const spelling: Action[] = [
      // Word's key for the next misspelled word; the menu over the word at the caret as any context menu.
      { id: 'spelling.next', title: 'spelling.nextMisspelling', group: GROUP, keys: 'Alt-F7', run: run(nextMisspelledWord) },
      { id: 'spelling.menu', title: 'spelling.openMenu', group: GROUP, keys: 'Shift-F10', run: run(openMenuAtCaret) },
    ];
    return [
      ...(Object.keys(SHORTCUTS) as (keyof typeof SHORTCUTS)[]).flatMap((name): Action[] => {
        const act = byName[name];
        return act ? [{ id: `editing.${name}`, title: `editing.${name}`, group: GROUP, keys: SHORTCUTS[name], run: act }] : [];
      }),
      ...spelling,
    ];
  }, [view]);
}
