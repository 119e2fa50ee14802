// The three-way merge of a picture's record, `media/<sha256>.json`. The picture's bytes are
// named by their hash, so two machines never hold different files under one name; only the
// record can differ, and it merges field by field:
// - each credit field (the licensor's name and address separately): changed on one side wins;
//   changed differently on both, ours stays and the conflict is reported, for the photo editor
//   to see in the media library. With no base (both machines imported the same file), a field
//   one side left empty takes the other's value.
// - creators: a set, like an article's authors: no photographer's name is dropped.
// - what was embedded in the file: a reading of the same bytes, so where two readings differ
//   ours stays, unreported (nobody wrote it), and a field only one reading found is kept.
// - the import (time and file name) is the earlier one; updatedAt the later. Size, type and
//   thumbnail are properties of the same bytes and ours' own thumbnail: ours.
import { CREDIT_FIELD_NAMES, emptyCredit, type CreditFieldName, type CreditFields, type MediaRecord } from '../../../shared/model/media.js';
import { canonicalJSON } from './canonical.js';
import type { CreditPlace, KeptConflict } from './conflict.js';
import { earlierTime, laterTime, mergeSet, mergeValue } from './mergeValue.js';

export interface MergedMediaRecord {
  /** `null` when the record is deleted. */
  record: MediaRecord | null;
  conflicts: KeptConflict[];
}

/** Same arguments as `mergeArticle`: `null` for an absent base, or a side that deleted the record. */
export function mergeMediaRecord(base: MediaRecord | null, ours: MediaRecord | null, theirs: MediaRecord | null): MergedMediaRecord {
  if (ours === null || theirs === null) {
    const kept = ours ?? theirs;
    if (kept === null || (base !== null && sameEdits(kept, base))) return { record: null, conflicts: [] };
    if (base === null) return { record: kept, conflicts: [] };
    const conflict: KeptConflict = {
      subject: { kind: 'picture', id: kept.id },
      place: { kind: 'deleted' },
      ours: ours && ours.updatedAt,
      theirs: theirs && theirs.updatedAt,
    };
    return { record: kept, conflicts: [conflict] };
  }

  const conflicts: KeptConflict[] = [];
  const subject = { kind: 'picture', id: ours.id } as const;
  const field = <T>(place: CreditPlace, b: T, o: T, t: T): T => {
    const merged = mergeValue(b, o, t);
    if (merged.conflict) conflicts.push({ subject, place: { kind: 'credit', field: place }, ours: o, theirs: t });
    return merged.value;
  };

  const baseCredit = base?.credit ?? emptyCredit();
  const credit = {} as Record<CreditFieldName, unknown>;
  for (const name of CREDIT_FIELD_NAMES) {
    if (name === 'creators') credit.creators = mergeSet(baseCredit.creators, ours.credit.creators, theirs.credit.creators);
    else if (name === 'licensor') {
      credit.licensor = {
        name: field('licensor.name', baseCredit.licensor.name, ours.credit.licensor.name, theirs.credit.licensor.name),
        url: field('licensor.url', baseCredit.licensor.url, ours.credit.licensor.url, theirs.credit.licensor.url),
      };
    } else credit[name] = field(name, baseCredit[name], ours.credit[name], theirs.credit[name]);
  }

  const embedded: Record<string, unknown> = {};
  for (const name of CREDIT_FIELD_NAMES) {
    const o = ours.embedded[name];
    const t = theirs.embedded[name];
    if (o === undefined && t === undefined) continue;
    // Nothing removes a reading, so a field only one side read is kept.
    embedded[name] = o === undefined ? t : t === undefined ? o : mergeValue(base?.embedded[name], o, t).value;
  }

  const importedAt = earlierTime(ours.importedAt, theirs.importedAt);
  const firstImport = importedAt === ours.importedAt ? ours : theirs;
  const record: MediaRecord = {
    ...ours,
    originalName: firstImport.originalName,
    importedAt,
    updatedAt: laterTime(ours.updatedAt, theirs.updatedAt),
    credit: credit as CreditFields,
    embedded,
  };
  return { record, conflicts };
}

/** Whether a record says what `base` says, apart from the time it was saved. */
function sameEdits(a: MediaRecord, b: MediaRecord): boolean {
  return canonicalJSON({ ...a, updatedAt: '' }) === canonicalJSON({ ...b, updatedAt: '' });
}
