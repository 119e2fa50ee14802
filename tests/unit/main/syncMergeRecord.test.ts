// The merge rules for a picture's record (`media/<sha256>.json`): credit field by field, a
// field changed differently on both sides kept as ours and reported for the photo editor.
import { describe, expect, it } from 'vitest';
import { emptyCredit, type CreditFields, type MediaRecord } from '../../../shared/model/media.js';
import { mergeMediaRecord } from '../../../main/services/sync/mergeMediaRecord.js';

const ID = 'b'.repeat(64);

function record(credit: Partial<CreditFields> = {}, rest: Partial<MediaRecord> = {}): MediaRecord {
  return {
    format: 1,
    id: ID,
    ext: 'jpg',
    thumbExt: 'webp',
    mime: 'image/jpeg',
    width: 4000,
    height: 3000,
    bytes: 2_400_000,
    originalName: 'IMG_0042.jpg',
    importedAt: '2026-12-01T08:00:00.000Z',
    updatedAt: '2026-12-01T08:00:00.000Z',
    credit: { ...emptyCredit(), creditLine: 'צילום: רויטרס', creators: ['עמית לוי'], ...credit },
    embedded: { creditLine: 'Reuters' },
    ...rest,
  };
}

const base = record({ caption: 'השר במסיבת העיתונאים' });
const changed = (credit: Partial<CreditFields>, updatedAt = '2026-12-02T09:00:00.000Z') => ({ ...base, updatedAt, credit: { ...base.credit, ...credit } });

function merge(b: MediaRecord | null, ours: MediaRecord | null, theirs: MediaRecord | null) {
  const result = mergeMediaRecord(b, ours, theirs);
  expect(JSON.stringify(mergeMediaRecord(structuredClone(b), structuredClone(ours), structuredClone(theirs)))).toBe(JSON.stringify(result));
  return result;
}

function symmetric(b: MediaRecord | null, x: MediaRecord, y: MediaRecord) {
  const one = merge(b, x, y);
  expect(JSON.stringify(merge(b, y, x).record)).toBe(JSON.stringify(one.record));
  return one;
}

describe('merging a picture record', () => {
  it('keeps both when different fields changed, with the later updatedAt', () => {
    const ours = changed({ altText: 'שר האוצר מדבר מול מיקרופונים' }, '2026-12-02T09:00:00.000Z');
    const theirs = changed({ rightsCategory: 'agency', validUntil: '2027-01-31' }, '2026-12-02T10:00:00.000Z');
    const { record: merged, conflicts } = symmetric(base, ours, theirs);
    expect(conflicts).toEqual([]);
    expect(merged!.credit).toMatchObject({ altText: 'שר האוצר מדבר מול מיקרופונים', rightsCategory: 'agency', validUntil: '2027-01-31', caption: 'השר במסיבת העיתונאים' });
    expect(merged!.updatedAt).toBe('2026-12-02T10:00:00.000Z');
  });

  it('sees no conflict when the same field changed the same way', () => {
    const same = { creditLine: 'צילום: עמית לוי, רויטרס' };
    const { record: merged, conflicts } = symmetric(base, changed(same), changed(same, '2026-12-02T11:00:00.000Z'));
    expect(conflicts).toEqual([]);
    expect(merged!.credit.creditLine).toBe(same.creditLine);
  });

  it('keeps ours and reports theirs when the same field changed differently', () => {
    const { record: merged, conflicts } = merge(base, changed({ creditLine: 'צילום: עמית לוי' }), changed({ creditLine: 'צילום: רויטרס / עמית לוי', source: 'Reuters' }));
    expect(merged!.credit).toMatchObject({ creditLine: 'צילום: עמית לוי', source: 'Reuters' });
    expect(conflicts).toEqual([{ subject: { kind: 'picture', id: ID }, place: { kind: 'credit', field: 'creditLine' }, ours: 'צילום: עמית לוי', theirs: 'צילום: רויטרס / עמית לוי' }]);
  });

  it('merges the licensor’s name and address as two fields', () => {
    const ours = changed({ licensor: { name: 'Reuters', url: '' } });
    const theirs = changed({ licensor: { name: '', url: 'https://www.reuters.com/' } });
    const { record: merged, conflicts } = symmetric(base, ours, theirs);
    expect(merged!.credit.licensor).toEqual({ name: 'Reuters', url: 'https://www.reuters.com/' });
    expect(conflicts).toEqual([]);
    const clash = merge(base, changed({ licensor: { name: 'Reuters', url: '' } }), changed({ licensor: { name: 'AP', url: '' } }));
    expect(clash.conflicts.map((c) => c.place)).toEqual([{ kind: 'credit', field: 'licensor.name' }]);
  });

  it('drops no photographer: creators merge as a set', () => {
    const { record: merged } = symmetric(base, changed({ creators: ['עמית לוי', 'נועה כץ'] }), changed({ creators: ['עמית לוי', 'Ronen Zvulun'] }));
    expect([...merged!.credit.creators].sort()).toEqual(['Ronen Zvulun', 'נועה כץ', 'עמית לוי'].sort());
  });

  it('merges a picture both machines imported on their own: a field left empty on one side takes the other’s', () => {
    const here = record({ altText: 'שר האוצר' }, { originalName: 'from-reporter.jpg', importedAt: '2026-12-02T08:00:00.000Z' });
    const there = record({ rightsCategory: 'agency', altText: 'שר האוצר בירושלים' }, { originalName: 'from-desk.jpg', importedAt: '2026-12-01T07:00:00.000Z' });
    const { record: merged, conflicts } = merge(null, here, there);
    expect(merged!.credit).toMatchObject({ rightsCategory: 'agency', altText: 'שר האוצר' });
    expect(conflicts.map((c) => c.place)).toEqual([{ kind: 'credit', field: 'altText' }]);
    // The record tells of the first import.
    expect(merged).toMatchObject({ originalName: 'from-desk.jpg', importedAt: '2026-12-01T07:00:00.000Z' });
  });

  it('keeps ours where two readings of the embedded metadata differ, without a conflict', () => {
    const theirs = { ...base, embedded: { creditLine: 'REUTERS', caption: 'Minister' } };
    const { record: merged, conflicts } = merge(null, base, theirs);
    expect(merged!.embedded).toEqual({ creditLine: 'Reuters', caption: 'Minister' });
    expect(conflicts).toEqual([]);
  });

  it('keeps a record changed on one side and deleted on the other, and reports it', () => {
    const edited = changed({ altText: 'תיאור חדש' });
    expect(merge(base, null, edited)).toEqual({
      record: edited,
      conflicts: [{ subject: { kind: 'picture', id: ID }, place: { kind: 'deleted' }, ours: null, theirs: edited.updatedAt }],
    });
  });

  it('deletes a record deleted on one side and only saved again on the other', () => {
    expect(merge(base, { ...base, updatedAt: '2026-12-03T00:00:00.000Z' }, null)).toEqual({ record: null, conflicts: [] });
    expect(merge(base, null, null)).toEqual({ record: null, conflicts: [] });
    expect(merge(null, null, base)).toEqual({ record: base, conflicts: [] });
  });
});
