// Paste and drop into the article: HTML is cleaned (see cleanPastedHtml.ts) and parsed by the
// article schema; plain text splits into paragraphs on blank lines.
import { Plugin } from 'prosemirror-state';
import { cleanPastedHtml } from './cleanPastedHtml';
import { parsePlainText } from './plainTextParser';

export function pastePlugin(): Plugin {
  return new Plugin({
    props: {
      transformPastedHTML: (html) => cleanPastedHtml(html),
      clipboardTextParser: (text, $context) => parsePlainText(text, $context),
    },
  });
}
