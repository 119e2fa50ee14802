// The baseline page of the typing benchmark: bare prosemirror-view with the basic schema, the
// same text as Ktav's article, the same font size and width, no plugins. Bundled for the browser.
import { EditorState } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import { basicSchema } from './basicSchema.js';

declare global {
  interface Window {
    benchInit(paragraphs: string[]): void;
  }
}

window.benchInit = (paragraphs) => {
  const doc = basicSchema.node(
    'doc',
    null,
    paragraphs.map((p) => basicSchema.node('paragraph', null, [basicSchema.text(p)])),
  );
  new EditorView(document.querySelector('#editor')!, { state: EditorState.create({ doc }) });
};
