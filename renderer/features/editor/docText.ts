// An article document as plain text (headline, lead, byline, body; a line each), for comparisons.
import { articleFields, bodyText, docFromJSON } from '../../../shared/editor/document';

export function docPlainText(doc: unknown): string {
  const node = docFromJSON(doc);
  const { headline, lead, byline } = articleFields(node);
  return [headline, lead, byline, bodyText(node)].join('\n');
}
