// The editor's plugins and keys, in one place.
import { EditorState, type Plugin } from 'prosemirror-state';
import { baseKeymap, toggleMark, chainCommands } from 'prosemirror-commands';
import { history, undo, redo } from 'prosemirror-history';
import { keymap } from 'prosemirror-keymap';
import { dropCursor } from 'prosemirror-dropcursor';
import { gapCursor } from 'prosemirror-gapcursor';
import { articleSchema } from '../../../shared/editor/schema';
import { docFromJSON, type DocJSON } from '../../../shared/editor/document';
import { placeholders } from './placeholders';
import { enterInField } from './fieldKeys';
import { editorPlugins } from './editorPlugins';

export function createEditorState(json: DocJSON, labels: readonly [string, string, string, string]): EditorState {
  const marks = articleSchema.marks;
  const plugins: Plugin[] = [
    history(),
    ...editorPlugins(),
    keymap({
      'Mod-z': undo,
      'Mod-y': redo,
      'Shift-Mod-z': redo,
      'Mod-b': toggleMark(marks.strong!),
      'Mod-i': toggleMark(marks.em!),
      Enter: chainCommands(enterInField, baseKeymap.Enter!),
    }),
    keymap(baseKeymap),
    dropCursor(),
    gapCursor(),
    placeholders(labels),
  ];
  return EditorState.create({ doc: docFromJSON(json), plugins });
}
