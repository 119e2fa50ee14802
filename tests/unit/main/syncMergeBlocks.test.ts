// The three-way merge of block sequences and its smaller rules (sets, times), on their own.
import { describe, expect, it } from 'vitest';
import type { DocJSON } from '../../../shared/editor/document.js';
import { excerpt } from '../../../main/services/sync/blockText.js';
import { mergeBlocks } from '../../../main/services/sync/mergeBlocks.js';
import { earlierTime, laterTime, mergeSet, mergeValue } from '../../../main/services/sync/mergeValue.js';
import { PICTURE, figure, para } from '../../support/syncArticles.js';

const text = (blocks: DocJSON[]) => blocks.map((b) => (b.type === 'figure' ? `[${(b.content?.[0]?.content ?? []).map((t) => t.text).join('')}]` : (b.content ?? []).map((t) => t.text).join('')));
const [a, b, c, d] = ['אלף בית גימל', 'דלת הא וו', 'זין חית טית', 'יוד כף למד'].map((t) => para(t));
const fig = figure(PICTURE, 'כיתוב');

describe('merging block sequences', () => {
  it('puts a block both sides moved, to different places, where ours put it, once', () => {
    const { blocks, conflicts } = mergeBlocks([a!, b!, c!, d!], [b!, c!, d!, a!], [b!, a!, c!, d!]);
    expect(text(blocks)).toEqual(text([b!, c!, d!, a!]));
    expect(conflicts).toEqual([]);
  });

  it('follows a paragraph moved and edited on one side: edited in place on the other, it is kept once, where it was moved, and reported', () => {
    const long = para('ראש הממשלה נפגש הערב עם שר האוצר כדי לדון בתקציב');
    const movedEdited = para('ראש הממשלה נפגש הערב עם שר האוצר כדי לדון בתקציב המדינה');
    const editedThere = para('ראש הממשלה נפגש הלילה עם שר האוצר כדי לדון בתקציב');
    const { blocks, conflicts } = mergeBlocks([long, a!, b!, c!], [a!, b!, movedEdited, c!], [editedThere, a!, b!, c!]);
    expect(text(blocks)).toEqual(text([a!, b!, movedEdited, c!]));
    expect(conflicts).toEqual([{ index: 2, ours: movedEdited, theirs: editedThere }]);
  });

  it('deletes a block moved on one side and deleted on the other', () => {
    const { blocks, conflicts } = mergeBlocks([fig, a!, b!], [a!, b!, fig], [a!, b!]);
    expect(text(blocks)).toEqual(text([a!, b!]));
    expect(conflicts).toEqual([]);
  });

  it('keeps a figure moved and recaptioned on one side and deleted on the other, and reports it', () => {
    const recaptioned = figure(PICTURE, 'כיתוב חדש');
    const { blocks, conflicts } = mergeBlocks([fig, a!, b!], [a!, b!], [a!, b!, recaptioned]);
    expect(text(blocks)).toEqual(text([a!, b!, recaptioned]));
    expect(conflicts).toEqual([{ index: 2, ours: null, theirs: recaptioned }]);
  });

  it('keeps a block inserted next to one the other side deleted, where it was inserted', () => {
    const { blocks } = mergeBlocks([a!, b!, c!], [a!, c!], [a!, b!, d!, c!]);
    expect(text(blocks)).toEqual(text([a!, d!, c!]));
  });

  it('keeps two figures of the same picture apart', () => {
    const second = figure(PICTURE, 'שוב');
    const { blocks, conflicts } = mergeBlocks([fig, a!, second], [fig, a!, second, b!], [figure(PICTURE, 'כיתוב אחר'), a!, second]);
    expect(text(blocks)).toEqual(['[כיתוב אחר]', text([a!])[0], '[שוב]', text([b!])[0]]);
    expect(conflicts).toEqual([]);
  });
});

describe('the small rules: values, sets, times, excerpts', () => {
  it('takes a one-sided change, and ours with a conflict for two different ones', () => {
    expect(mergeValue('x', 'x', 'y')).toEqual({ value: 'y', conflict: false });
    expect(mergeValue('x', 'z', 'y')).toEqual({ value: 'z', conflict: true });
    expect(mergeValue(undefined, 'z', 'z')).toEqual({ value: 'z', conflict: false });
    expect(mergeValue(undefined, 'z', 'y')).toEqual({ value: 'z', conflict: true });
  });

  it('orders a merged set the same whichever side is ours', () => {
    expect(mergeSet(['א'], ['א', 'ב'], ['ג', 'א'])).toEqual(mergeSet(['א'], ['ג', 'א'], ['א', 'ב']));
    expect(mergeSet(['א', 'ב'], ['ב'], ['א', 'ב', 'ג'])).toEqual(['ב', 'ג']);
  });

  it('lets a time that cannot be read lose to one that can', () => {
    expect(laterTime('not a time', '2026-12-01T00:00:00.000Z')).toBe('2026-12-01T00:00:00.000Z');
    expect(earlierTime('not a time', '2026-12-01T00:00:00.000Z')).toBe('2026-12-01T00:00:00.000Z');
  });

  it('shows a long block by its first words in an excerpt', () => {
    const long = para('מילה '.repeat(40));
    expect(excerpt(long)).toHaveLength(60);
    expect(excerpt(long).endsWith('…')).toBe(true);
    expect(excerpt({ type: 'bullet_list', content: [{ type: 'list_item', content: [para('אחת')] }, { type: 'list_item', content: [para('שתיים')] }] })).toBe('אחת שתיים');
  });
});
