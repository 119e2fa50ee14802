// The text of an article that search looks at, field by field.
import type { Node as PMNode } from 'prosemirror-model';
import type { ArticleFile } from '../../../shared/model/article.js';
import { articleFields, bodyText, docFromJSON } from '../../../shared/editor/document.js';

export interface SearchDocument {
  id: string;
  /** Changes on every save; tells a persisted index which entries are stale. */
  stamp: string;
  headline: string;
  lead: string;
  byline: string;
  body: string;
  tags: string;
}

export const SEARCH_FIELDS = ['headline', 'lead', 'byline', 'body', 'tags'] as const;
export type SearchField = (typeof SEARCH_FIELDS)[number];

export function searchDocument(file: ArticleFile, doc: PMNode = docFromJSON(file.doc)): SearchDocument {
  const { headline, lead, byline } = articleFields(doc);
  return { id: file.id, stamp: `${file.revision}@${file.meta.updatedAt}`, headline, lead, byline, body: bodyText(doc), tags: file.meta.tags.join(' ') };
}
