// What a save makes of an article file: the incoming document checked against the schema
// (whole, or as changed blocks joined onto the document on disk), and the next revision with
// its slug following the headline while the article is a draft whose slug nobody edited.
import type { Node as PMNode } from 'prosemirror-model';
import { KtavError, Phrase } from '../../../shared/api/errors.js';
import { articleFields, docFromJSON, type DocJSON } from '../../../shared/editor/document.js';
import { withBlocks, type ChangedBlocks } from '../../../shared/editor/changedBlocks.js';
import type { ArticleFile } from '../../../shared/model/article.js';
import { slugify } from './slug.js';

/** The document as a ProseMirror node, or `invalid-document`. */
export function parseDoc(doc: unknown): PMNode {
  try {
    return docFromJSON(doc);
  } catch (error) {
    throw notAnArticle(error);
  }
}

/** The document on disk with the changed blocks put in, or `invalid-document`. */
export function joinBlocks(current: ArticleFile, blocks: ChangedBlocks): unknown {
  try {
    return withBlocks(current.doc as DocJSON, blocks);
  } catch (error) {
    throw notAnArticle(error);
  }
}

/** The next revision of `current` with the text of `node`. */
export function savedRevision(current: ArticleFile, node: PMNode, at: Date): ArticleFile {
  const keepSlug = current.meta.status !== 'draft' || current.meta.slugEdited;
  return {
    ...current,
    revision: current.revision + 1,
    meta: { ...current.meta, updatedAt: at.toISOString(), slug: keepSlug ? current.meta.slug : slugify(articleFields(node).headline) },
    doc: node.toJSON() as ArticleFile['doc'],
  };
}

/** The next revision of `current` with the text of `node`, its slug as it was (a restore). */
export function replacedRevision(current: ArticleFile, node: PMNode, at: Date): ArticleFile {
  return {
    ...current,
    revision: current.revision + 1,
    meta: { ...current.meta, updatedAt: at.toISOString() },
    doc: node.toJSON() as ArticleFile['doc'],
  };
}

function notAnArticle(error: unknown): KtavError {
  return new KtavError('invalid-document', 'invalidDocument', { details: new Phrase('notArticleShape') }, { cause: error });
}
