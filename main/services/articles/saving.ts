// What a change makes of an article file, before it is written: a new article, the next revision
// of a save (its slug following the headline while the article is a draft whose slug nobody
// edited), a metadata change, an export noted. The incoming document is checked against the
// schema, whole or as changed blocks joined onto the document on disk.
import { randomBytes } from 'node:crypto';
import type { Node as PMNode } from 'prosemirror-model';
import { KtavError, Phrase } from '../../../shared/api/errors.js';
import { articleFields, docFromJSON, type DocJSON } from '../../../shared/editor/document.js';
import { withBlocks, type ChangedBlocks } from '../../../shared/editor/changedBlocks.js';
import type { ArticleFile, ArticleMetaPatch } from '../../../shared/model/article.js';
import type { ExportRecord } from '../../../shared/model/export.js';
import type { PublishedRecord } from '../../../shared/model/publish.js';
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

/** A new article (a draft, revision 0) with the text of `node`. */
export function newArticle(node: PMNode, meta: Partial<ArticleFile['meta']>, now: Date): ArticleFile {
  const at = now.toISOString();
  return {
    format: 1,
    id: newArticleId(now),
    revision: 0,
    meta: {
      slug: slugify(articleFields(node).headline),
      section: '',
      tags: [],
      authors: [],
      status: 'draft',
      createdAt: at,
      updatedAt: at,
      targetWords: null,
      related: [],
      ...meta,
    },
    doc: node.toJSON() as ArticleFile['doc'],
  };
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

/** The next revision of `current` with its metadata patched; an emptied slug follows the headline again. */
export function patchedRevision(current: ArticleFile, patch: ArticleMetaPatch, at: Date): ArticleFile {
  const meta = { ...current.meta, ...patch, updatedAt: at.toISOString() };
  if (patch.slug !== undefined) meta.slugEdited = patch.slug !== '';
  if (patch.slug === '') meta.slug = slugify(articleFields(docFromJSON(current.doc)).headline);
  return { ...current, revision: current.revision + 1, meta };
}

/**
 * `current` exported: the export noted and the status `exported`. The revision stays: the text
 * did not change, and a save based on the current revision still goes through.
 */
export function withExport(current: ArticleFile, record: ExportRecord): ArticleFile {
  return { ...current, meta: { ...current.meta, status: 'exported', exports: [...(current.meta.exports ?? []), record] } };
}

/**
 * Notes a publish to a site on the article: its record for that site replaced (one per site, by
 * address). A post that went up or is scheduled moves the article to `exported`; a draft on the
 * site leaves the desk's status as it was.
 */
export function withPublished(current: ArticleFile, record: PublishedRecord): ArticleFile {
  const others = (current.meta.published ?? []).filter((r) => r.url !== record.url);
  const live = record.status === 'publish' || record.status === 'future';
  return { ...current, meta: { ...current.meta, status: live ? 'exported' : current.meta.status, published: [...others, record] } };
}

/** `20261127-1a2b3c4d`: sortable by day, unique by chance. */
function newArticleId(now: Date): string {
  const day = now.toISOString().slice(0, 10).replace(/-/g, '');
  return `${day}-${randomBytes(4).toString('hex')}`;
}

function notAnArticle(error: unknown): KtavError {
  return new KtavError('invalid-document', 'invalidDocument', { details: new Phrase('notArticleShape') }, { cause: error });
}
