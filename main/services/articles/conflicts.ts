// Whether a change meets the file it was based on. A save names the revision it started from;
// if the file on disk moved on since (another Ktav, a sync tool, a restore from backup) or its
// bytes changed under us, a whole-text save is kept as a conflict copy and refused, and a save
// of changed blocks is refused as `stale-base` (send the whole text). Nothing is overwritten.
// A whole-text save whose base the store still holds is first merged by block with the file on
// disk (the sync's rules, ../sync/mergeDocument.ts): a paragraph the desk changed while the
// reporter wrote another one is no conflict; only the same block changed on both is.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { KtavError } from '../../../shared/api/errors.js';
import type { ArticleFile } from '../../../shared/model/article.js';
import { mergeDocument } from '../sync/mergeDocument.js';
import { DurableJSONFile } from '../storage/durableJsonFile.js';
import type { RepositoryLayout } from '../repository.js';
import type { ArticleFiles } from './articleFiles.js';

export class Conflicts {
  constructor(
    private readonly files: ArticleFiles,
    private readonly layout: RepositoryLayout,
    private readonly now: () => Date,
  ) {}

  /**
   * The file on disk, checked against what the caller based its change on. If it moved on,
   * the caller's document (when there is one; `null` for a metadata change) is kept as a
   * conflict copy and the change refused.
   */
  async current(id: string, baseRevision: number, doc: unknown): Promise<ArticleFile> {
    return (await this.merged(id, baseRevision, doc, false)).current;
  }

  /**
   * `current`, for a save of the whole text: if the file moved on from the base the store still
   * holds, the caller's text is merged with the disk's by block; `merged` is then the document
   * to write (and to hand back to the window). Blocks changed on both sides: a conflict, as ever.
   */
  async merged(id: string, baseRevision: number, doc: unknown, mergeable = true): Promise<{ current: ArticleFile; merged: ArticleFile['doc'] | null }> {
    const base = this.files.knownFile(id);
    const { current, moved, putBack } = await this.readAgainst(id, baseRevision);
    if (moved && mergeable && doc !== null && base?.revision === baseRevision && base.id === id) {
      const result = mergeDocument(base.doc, doc as ArticleFile['doc'], current.doc);
      if (result.conflicts.length === 0) return { current, merged: result.doc };
    }
    if (moved) {
      // Until the person looks at the disk's text again (`get`), every save here is refused.
      putBack(true);
      const copy = doc === null ? '' : await this.keepCopy(current, doc);
      throw new KtavError('conflict', doc === null ? 'conflictMeta' : 'conflict', { path: copy }, { detail: { copy, diskRevision: current.revision } });
    }
    return { current, merged: null };
  }

  /**
   * The file on disk if it is exactly the one at `baseRevision` the caller holds; otherwise
   * `stale-base`, changing nothing. `remember: false` (the journal) leaves what the person is
   * known to have seen as it was.
   */
  async base(id: string, baseRevision: number, remember = true): Promise<ArticleFile> {
    const { current, moved, putBack } = await this.readAgainst(id, baseRevision);
    if (moved || !remember) putBack(false);
    if (moved) throw new KtavError('stale-base', 'staleBase', { revision: String(baseRevision) });
    return current;
  }

  /**
   * The file on disk, and whether it moved on from `baseRevision` or changed under us since the
   * person last read it. `putBack` undoes what reading it taught the store (`keepNew`: unless
   * the article was not known before).
   */
  private async readAgainst(id: string, baseRevision: number) {
    const before = this.files.knownBytes(id);
    const beforeFile = this.files.knownFile(id);
    const current = await this.files.read(id);
    const moved = current.revision !== baseRevision || (before !== undefined && before !== this.files.knownBytes(id));
    const putBack = (keepNew: boolean) => {
      if (before !== undefined || !keepNew) this.files.setKnown(id, before, beforeFile);
    };
    return { current, moved, putBack };
  }

  /** Keeps the refused text beside the repository's articles, in `conflicts/`. */
  private async keepCopy(current: ArticleFile, doc: unknown): Promise<string> {
    const stamp = this.now().toISOString().replace(/[:.]/g, '-');
    await mkdir(this.layout.conflictsDir, { recursive: true });
    const path = join(this.layout.conflictsDir, `${current.id}.${stamp}.json`);
    await new DurableJSONFile(path).write({ ...current, doc, conflictOf: current.id });
    return path;
  }
}
