// Clipboard HTML (from Word, LibreOffice, Google Docs, web pages, or Ktav itself) cleaned before
// ProseMirror parses it with the article schema: the same clean-up as an imported file
// (shared/htmlInput/cleanHtml.ts), run on the browser's inert parser (DOMParser), in which
// nothing runs or loads. A figure keeps its picture only when it was copied inside Ktav:
// ProseMirror marks what it copies with `data-pm-slice`.
import { cleanHtml, prepareHtmlSource } from '../../../../shared/htmlInput/cleanHtml';
import type { DomElement } from '../../../../shared/htmlInput/domLike';

export function cleanPastedHtml(html: string): string {
  const doc = new DOMParser().parseFromString(prepareHtmlSource(html), 'text/html');
  cleanHtml(doc.body as unknown as DomElement, { libraryFigures: /data-pm-slice=/.test(html) });
  return doc.body.innerHTML;
}
