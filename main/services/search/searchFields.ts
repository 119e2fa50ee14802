// The text of an article that search looks at, field by field.
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

export function searchDocument(file: ArticleFile): SearchDocument {
  const doc = docFromJSON(file.doc);
  const { headline, lead, byline } = articleFields(doc);
  return { id: file.id, stamp: `${file.revision}@${file.meta.updatedAt}`, headline, lead, byline, body: bodyText(doc), tags: file.meta.tags.join(' ') };
}
