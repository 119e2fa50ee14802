// An article's line in the list, computed from its file.
import type { Node as PMNode } from 'prosemirror-model';
import type { ArticleFile, ArticleSummary } from '../../../shared/model/article.js';
import { articleFields, bodyText, countWords, docFromJSON } from '../../../shared/editor/document.js';

/** `doc`, when the caller has already parsed the file's document, saves parsing it again. */
export function summarize(file: ArticleFile, doc: PMNode = docFromJSON(file.doc)): ArticleSummary {
  const { headline, lead, byline } = articleFields(doc);
  return {
    id: file.id,
    headline,
    lead,
    byline,
    slug: file.meta.slug,
    section: file.meta.section,
    status: file.meta.status,
    updatedAt: file.meta.updatedAt,
    words: countWords(bodyText(doc)),
    tags: file.meta.tags,
    authors: file.meta.authors,
    createdAt: file.meta.createdAt,
    revision: file.revision,
    ...(file.meta.changedBy ? { changedBy: file.meta.changedBy } : {}),
  };
}
