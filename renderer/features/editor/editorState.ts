// An opened article as an editor state: its document checked against the schema, with every
// plugin of the editor (editorPlugins.ts).
import { EditorState } from 'prosemirror-state';
import { docFromJSON, type DocJSON } from '../../../shared/editor/document';
import { editorPlugins } from './editorPlugins';

export function createEditorState(json: DocJSON, labels: readonly [string, string, string, string], spellingIgnored: readonly string[] = []): EditorState {
  return EditorState.create({ doc: docFromJSON(json), plugins: editorPlugins(labels, spellingIgnored) });
}
