// A conflict a merge kept: the same thing changed differently on both machines (or deleted on
// one and changed on the other). The merge never chooses silently between two texts or two
// credits: one is in the merged file, and the conflict says where and carries both, so the
// engine can keep theirs as a version or conflict copy and the person can resolve it.
import type { FixedField } from '../../../shared/editor/document.js';
import type { ArticleMeta } from '../../../shared/model/article.js';
import type { CreditFieldName, ImageId } from '../../../shared/model/media.js';

export type SyncSubject = { kind: 'article'; id: string } | { kind: 'picture'; id: ImageId };

/** A credit field, or one half of the licensor (which two people may fill in separately). */
export type CreditPlace = Exclude<CreditFieldName, 'licensor'> | 'licensor.name' | 'licensor.url';

export type ConflictPlace =
  /**
   * A fixed field, or a body block by its index in the merged body (0-based, as the export gate
   * counts), with a little of its text so a person can find it.
   */
  | { kind: 'block'; block: FixedField | number; excerpt: string }
  | { kind: 'meta'; field: keyof ArticleMeta }
  | { kind: 'credit'; field: CreditPlace }
  /** The whole article or record: deleted on one side, changed on the other; the changed one is kept. */
  | { kind: 'deleted' };

export interface KeptConflict {
  subject: SyncSubject;
  place: ConflictPlace;
  /**
   * What each side has there: a block's JSON, a field's value, or for `deleted` the revision
   * (articles) or `updatedAt` (pictures) of the side that changed it. `null` where that side
   * deleted it. The merged file holds `ours`, unless ours is the deleted side.
   */
  ours: unknown;
  theirs: unknown;
}

/** A conflict inside one article or record, before the merge of the whole file names its subject. */
export type PlacedConflict = Omit<KeptConflict, 'subject'>;
