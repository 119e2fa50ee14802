// How autosave and the crash journal send the article to main: after the first save, as the
// top-level blocks that changed since the last save (shared/editor/changedBlocks.ts), so what
// runs on the window's thread while a person types is proportional to what they changed, not to
// the article. Main answers `stale-base` when its file is not at the revision the blocks refer to
// (another program wrote it, a restore, a conflict): then the whole document goes, and meets
// main's usual conflict check.
import type { Node as PMNode } from 'prosemirror-model';
import { changedBlocks } from '../../../shared/editor/changedBlocks';
import { docFromJSON } from '../../../shared/editor/document';
import type { ArticleFile } from '../../../shared/model/article';
import type { Outcome } from '../../../shared/api/errors';
import { ktav } from '../../platform/api';

type Text = { doc: ArticleFile['doc'] } | { blocks: ReturnType<typeof changedBlocks> };

export class ArticleSender {
  /** The document main has on disk at `revision`: the one this window opened or last saved. */
  private base: { doc: PMNode; revision: number } | null;

  constructor(
    private readonly id: string,
    opened: { doc: PMNode; revision: number } | null = null,
  ) {
    this.base = opened;
  }

  /** A save; when main merged it with a change from elsewhere, `merged` is the document now on disk. */
  async save(doc: PMNode, baseRevision: number): Promise<Outcome<{ revision: number; merged?: PMNode }>> {
    const send = (text: Text) => ktav.article.save({ id: this.id, baseRevision, ...text });
    let outcome = await send(this.text(doc, baseRevision));
    if (!outcome.ok && outcome.error.code === 'stale-base') outcome = await send(whole(doc));
    if (!outcome.ok) {
      this.base = null;
      return outcome;
    }
    const merged = outcome.value.merged ? docFromJSON(outcome.value.merged) : undefined;
    this.base = { doc: merged ?? doc, revision: outcome.value.revision };
    return { ok: true, value: { revision: outcome.value.revision, merged } };
  }

  /** The document on disk is now `doc` at `revision` (taken in from a sync). */
  rebase(doc: PMNode, revision: number): void {
    this.base = { doc, revision };
  }

  async journal(doc: PMNode, baseRevision: number): Promise<Outcome<null>> {
    const send = (text: Text) => ktav.article.journal({ id: this.id, baseRevision, ...text });
    const outcome = await send(this.text(doc, baseRevision));
    return !outcome.ok && outcome.error.code === 'stale-base' ? send(whole(doc)) : outcome;
  }

  private text(doc: PMNode, baseRevision: number): Text {
    return this.base?.revision === baseRevision ? { blocks: changedBlocks(doc, this.base.doc) } : whole(doc);
  }
}

function whole(doc: PMNode): Text {
  return { doc: doc.toJSON() as ArticleFile['doc'] };
}
