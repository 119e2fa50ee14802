// The three-way merge of one article file, `articles/<id>.json`: its document by block
// (mergeDocument.ts), its metadata by field (mergeMeta.ts), and what to do when one side
// deleted it. Pure: files in, a file (or its deletion) and the conflicts kept out.
import type { ArticleFile } from '../../../shared/model/article.js';
import { canonicalJSON } from './canonical.js';
import type { KeptConflict } from './conflict.js';
import { mergeDocument } from './mergeDocument.js';
import { mergeMeta } from './mergeMeta.js';

export interface MergedArticle {
  /** The merged file; `null` when the article is deleted. */
  file: ArticleFile | null;
  /** Non-empty: the article is to be marked conflicted, theirs kept beside it. */
  conflicts: KeptConflict[];
}

/**
 * `base` is the version both sides last shared (`null`: each side has it from elsewhere, or
 * created it); `ours` and `theirs` are `null` where that side deleted it (or never had it).
 * A deletion wins over a side that left the article as it was (or only saved it again); an
 * article changed on the other side is kept, whole, never half-deleted.
 */
export function mergeArticle(base: ArticleFile | null, ours: ArticleFile | null, theirs: ArticleFile | null): MergedArticle {
  if (ours === null || theirs === null) {
    const kept = ours ?? theirs;
    if (kept === null || (base !== null && unchangedSince(kept, base))) return { file: null, conflicts: [] };
    if (base === null) return { file: kept, conflicts: [] };
    const conflict: KeptConflict = {
      subject: { kind: 'article', id: kept.id },
      place: { kind: 'deleted' },
      ours: ours && ours.revision,
      theirs: theirs && theirs.revision,
    };
    return { file: kept, conflicts: [conflict] };
  }

  const doc = mergeDocument(base?.doc ?? null, ours.doc, theirs.doc);
  const meta = mergeMeta(base?.meta ?? null, ours.meta, theirs.meta);
  const merged = { meta: meta.meta, doc: doc.doc };
  const subject = { kind: 'article', id: ours.id } as const;
  return {
    file: { format: 1, id: ours.id, revision: mergedRevision(merged, ours, theirs), ...merged },
    conflicts: [...doc.conflicts, ...meta.conflicts].map((c) => ({ subject, ...c })),
  };
}

/** Whether a side only saved the article again: the same words and metadata, a later time. */
function unchangedSince(file: ArticleFile, base: ArticleFile): boolean {
  const untimed = (f: ArticleFile) => ({ meta: { ...f.meta, updatedAt: '' }, doc: f.doc });
  return sameContent(untimed(file), untimed(base));
}

function sameContent(a: Pick<ArticleFile, 'meta' | 'doc'>, b: Pick<ArticleFile, 'meta' | 'doc'>): boolean {
  return canonicalJSON([a.meta, a.doc]) === canonicalJSON([b.meta, b.doc]);
}

/**
 * At least the revision of a side the merge leaves as it was, and above that of a side it
 * changes: an editor holding a side's revision must see that the file moved on (its save is
 * then refused and kept as a conflict copy, see articles/conflicts.ts), and the same merge on
 * either machine gives the same number.
 */
function mergedRevision(merged: Pick<ArticleFile, 'meta' | 'doc'>, ours: ArticleFile, theirs: ArticleFile): number {
  const floor = (side: ArticleFile) => (sameContent(merged, side) ? side.revision : side.revision + 1);
  return Math.max(floor(ours), floor(theirs));
}
