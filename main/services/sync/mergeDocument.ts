// The three-way merge of an article's document: the fixed fields one by one, then the body by
// top-level block (mergeBlocks.ts). Documents in, a document out that the schema accepts.
import { BODY_START, FIXED_FIELDS, emptyArticleDoc, type DocJSON } from '../../../shared/editor/document.js';
import type { ArticleFile } from '../../../shared/model/article.js';
import { excerpt } from './blockText.js';
import type { PlacedConflict } from './conflict.js';
import { mergeBlock, mergeBlocks } from './mergeBlocks.js';

/** A document as an article file holds it (its blocks are checked by `docFromJSON` when read). */
type ArticleDoc = ArticleFile['doc'];

export interface MergedDocument {
  doc: ArticleDoc;
  conflicts: PlacedConflict[];
}

/**
 * `base` is the common ancestor; `null` when both sides created the article, which is then
 * merged as if both had started from the empty article (as Ktav creates one).
 */
export function mergeDocument(base: ArticleDoc | null, ours: ArticleDoc, theirs: ArticleDoc): MergedDocument {
  const empty = emptyArticleDoc();
  const b = (base?.content ?? empty.content!) as DocJSON[];
  const o = ours.content as DocJSON[];
  const t = theirs.content as DocJSON[];
  const conflicts: PlacedConflict[] = [];

  const fields = FIXED_FIELDS.map((field, i) => {
    const mine = o[i]!;
    const other = t[i]!;
    const merged = mergeBlock(b[i]!, mine, other);
    if (merged.conflict) conflicts.push({ place: { kind: 'block', block: field, excerpt: excerpt(mine) }, ours: mine, theirs: other });
    // Neither side can delete a fixed field, so the merge always has one.
    return merged.block!;
  });

  const body = mergeBlocks(b.slice(BODY_START), o.slice(BODY_START), t.slice(BODY_START));
  for (const c of body.conflicts) {
    conflicts.push({ place: { kind: 'block', block: c.index, excerpt: excerpt(body.blocks[c.index]) }, ours: c.ours, theirs: c.theirs });
  }
  // Each side deleting the other's only remaining blocks can leave no body; the schema wants one block.
  const blocks = body.blocks.length > 0 ? body.blocks : [empty.content![BODY_START]!];
  return { doc: { type: 'doc', content: [...fields, ...blocks] }, conflicts };
}
