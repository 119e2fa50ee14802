// Lexical, for the typing benchmark: the editor core with its rich-text plugin (paragraphs,
// headings, quotes, the keys and the clipboard of a rich-text editor), no React, on the same text
// as the other pages. Bundled for the browser, as its production build.
import { $createParagraphNode, $createTextNode, $getRoot, createEditor } from 'lexical';
import { HeadingNode, QuoteNode, registerRichText } from '@lexical/rich-text';

declare global {
  interface Window {
    benchInit(paragraphs: string[]): void;
  }
}

window.benchInit = (paragraphs) => {
  const root = document.createElement('div');
  root.className = 'bench-editor';
  root.contentEditable = 'true';
  document.querySelector('#editor')!.append(root);
  const editor = createEditor({
    namespace: 'bench',
    nodes: [HeadingNode, QuoteNode],
    onError: (error) => {
      throw error;
    },
  });
  editor.setRootElement(root);
  registerRichText(editor);
  editor.update(
    () => {
      const body = $getRoot();
      body.clear();
      for (const text of paragraphs) body.append($createParagraphNode().append($createTextNode(text)));
    },
    { discrete: true },
  );
};
