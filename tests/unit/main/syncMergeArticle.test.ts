// The merge rules for an article shared by several machines: three versions in (the version
// both last shared, ours, theirs), one article and the conflicts it keeps out. No files, no git.
import { describe, expect, it } from 'vitest';
import { docFromJSON, type DocJSON } from '../../../shared/editor/document.js';
import type { ArticleFile } from '../../../shared/model/article.js';
import { mergeArticle } from '../../../main/services/sync/mergeArticle.js';
import { PICTURE, article, bodyText, edited, figure, heading, para } from '../../support/syncArticles.js';

const P = [
  'שר האוצר הודיע הבוקר על תוכנית חדשה להורדת יוקר המחיה.',
  'לדבריו, התוכנית תיכנס לתוקף כבר בחודש הבא.',
  'באופוזיציה מתחו ביקורת חריפה על ההחלטה.',
  'ח"כ כהן אמר כי מדובר בצעד פופוליסטי.',
  'הכנסת תדון בתוכנית ביום שני.',
];

const base = article([para(P[0]!), para(P[1]!), figure(PICTURE, 'השר במסיבת העיתונאים'), para(P[2]!), para(P[3]!), para(P[4]!)]);

/** The same paragraph with more words at its end. */
const more = (i: number, words: string) => para(`${P[i]!.slice(0, -1)} ${words}.`);

/** Merges, checks that the result is a document the schema accepts, and that merging again gives the same bytes. */
function merge(b: ArticleFile | null, ours: ArticleFile | null, theirs: ArticleFile | null) {
  const result = mergeArticle(b, ours, theirs);
  if (result.file) docFromJSON(result.file.doc);
  expect(JSON.stringify(mergeArticle(structuredClone(b), structuredClone(ours), structuredClone(theirs)))).toBe(JSON.stringify(result));
  return result;
}

/** For rules that favour neither side: the same article whichever side is ours. */
function symmetric(b: ArticleFile | null, x: ArticleFile, y: ArticleFile) {
  const one = merge(b, x, y);
  const other = merge(b, y, x);
  expect(JSON.stringify(other.file)).toBe(JSON.stringify(one.file));
  return one;
}

describe('merging an article by its blocks', () => {
  it('takes the only side that changed, as it is, at its own revision', () => {
    const ours = edited(base, (body) => void (body[1] = more(1, 'כך נמסר')));
    expect(merge(base, ours, base)).toEqual({ file: ours, conflicts: [] });
    const other = merge(base, base, ours);
    expect(other.conflicts).toEqual([]);
    expect(other.file).toEqual(ours);
  });

  it('keeps both edits when two people changed different body blocks, with a revision above both', () => {
    const ours = edited(base, (body) => void (body[0] = more(0, 'בשעות הבוקר')));
    const theirs = edited(base, (body) => void (body[4] = more(3, 'ולא רציני')));
    const { file, conflicts } = symmetric(base, ours, theirs);
    expect(conflicts).toEqual([]);
    expect(bodyText(file)).toEqual([bodyText(ours)[0], P[1], '[aaaa: השר במסיבת העיתונאים]', P[2], bodyText(theirs)[4], P[4]]);
    expect(file!.revision).toBe(Math.max(ours.revision, theirs.revision) + 1);
  });

  it('keeps blocks inserted on both sides at different places', () => {
    const ours = edited(base, (body) => void body.splice(1, 0, para('פסקה שהוסיף הכתב')));
    const theirs = edited(base, (body) => void body.push(heading('רקע')));
    const { file, conflicts } = symmetric(base, ours, theirs);
    expect(conflicts).toEqual([]);
    expect(bodyText(file)).toEqual([P[0], 'פסקה שהוסיף הכתב', P[1], '[aaaa: השר במסיבת העיתונאים]', P[2], P[3], P[4], 'רקע']);
  });

  it('keeps blocks inserted on both sides at the same place, in an order that does not depend on who merges', () => {
    const ours = edited(base, (body) => void body.splice(4, 0, para('תגובת הכתב'), para('עוד פסקה')));
    const theirs = edited(base, (body) => void body.splice(4, 0, para('תגובת העורך')));
    const { file, conflicts } = symmetric(base, ours, theirs);
    expect(conflicts).toEqual([]);
    const inserted = bodyText(file).slice(4, 7);
    expect([...inserted].sort()).toEqual(['עוד פסקה', 'תגובת הכתב', 'תגובת העורך'].sort());
    // Each side's run stays together, in its own order.
    expect(inserted.indexOf('עוד פסקה')).toBe(inserted.indexOf('תגובת הכתב') + 1);
  });

  it('inserts a block both sides inserted at the same place only once', () => {
    const ours = edited(base, (body) => void body.splice(2, 0, para('משפט זהה')));
    const theirs = edited(base, (body) => void body.splice(2, 0, para('משפט זהה')));
    expect(bodyText(symmetric(base, ours, theirs).file).filter((t) => t === 'משפט זהה')).toHaveLength(1);
  });

  it('keeps a block one side deleted and the other edited, and reports it', () => {
    const ours = edited(base, (body) => void body.splice(3, 1));
    const theirs = edited(base, (body) => void (body[3] = more(2, 'ובצדק')));
    const { file, conflicts } = merge(base, ours, theirs);
    expect(bodyText(file)).toEqual([P[0], P[1], '[aaaa: השר במסיבת העיתונאים]', bodyText(theirs)[3], P[3], P[4]]);
    expect(conflicts).toEqual([
      { subject: { kind: 'article', id: base.id }, place: { kind: 'block', block: 3, excerpt: expect.stringMatching(/^באופוזיציה/) }, ours: null, theirs: (theirs.doc.content as DocJSON[])[6] },
    ]);
    // The same the other way round: the edited block stays.
    expect(bodyText(merge(base, theirs, ours).file)).toEqual(bodyText(file));
  });

  it('deletes a block one side deleted and the other left alone', () => {
    const ours = edited(base, (body) => void body.splice(3, 1));
    const theirs = edited(base, (body) => void (body[0] = more(0, 'היום')));
    const { file, conflicts } = symmetric(base, ours, theirs);
    expect(conflicts).toEqual([]);
    expect(bodyText(file)).toEqual([bodyText(theirs)[0], P[1], '[aaaa: השר במסיבת העיתונאים]', P[3], P[4]]);
  });

  it('keeps ours in the article and reports theirs when both changed the same block differently', () => {
    const ours = edited(base, (body) => void (body[1] = more(1, 'כך אמר')));
    const theirs = edited(base, (body) => void (body[1] = para('לדבריו, התוכנית תיכנס לתוקף רק בשנה הבאה.')));
    const { file, conflicts } = merge(base, ours, theirs);
    expect(bodyText(file)[1]).toBe(bodyText(ours)[1]);
    expect(conflicts).toEqual([
      {
        subject: { kind: 'article', id: 'elections-2026' },
        place: { kind: 'block', block: 1, excerpt: 'לדבריו, התוכנית תיכנס לתוקף כבר בחודש הבא כך אמר.' },
        ours: (ours.doc.content as DocJSON[])[4],
        theirs: (theirs.doc.content as DocJSON[])[4],
      },
    ]);
  });

  it('sees no conflict when both changed a block the same way', () => {
    const change = (body: DocJSON[]) => void (body[4] = para('ח"כ כהן אמר כי מדובר בצעד פופוליסטי ומסוכן.'));
    const { file, conflicts } = symmetric(base, edited(base, change), edited(base, change));
    expect(conflicts).toEqual([]);
    expect(bodyText(file)[4]).toBe('ח"כ כהן אמר כי מדובר בצעד פופוליסטי ומסוכן.');
  });

  it('sees the same block in JSON whose keys come in another order', () => {
    const reordered = edited(base, (body) => body.map((b) => Object.fromEntries(Object.entries(b).reverse()) as DocJSON));
    const theirs = edited(base, (body) => void (body[0] = more(0, 'הבוקר')));
    const { file, conflicts } = merge(base, reordered, theirs);
    expect(conflicts).toEqual([]);
    expect(bodyText(file)).toEqual(bodyText(theirs));
  });

  it('keeps a paragraph split on one side and edited on the other: both halves stay, the edit is reported', () => {
    const ours = edited(base, (body) => void body.splice(0, 1, para('שר האוצר הודיע הבוקר על תוכנית חדשה.'), para('התוכנית נועדה להוריד את יוקר המחיה.')));
    const theirs = edited(base, (body) => void (body[0] = para('שר האוצר הודיע הבוקר על תוכנית חדשה ושאפתנית להורדת יוקר המחיה.')));
    const { file, conflicts } = merge(base, ours, theirs);
    expect(bodyText(file).slice(0, 2)).toEqual(bodyText(ours).slice(0, 2));
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]!.place).toEqual({ kind: 'block', block: 0, excerpt: 'שר האוצר הודיע הבוקר על תוכנית חדשה.' });
    expect(conflicts[0]!.theirs).toEqual((theirs.doc.content as DocJSON[])[3]);
  });

  it('merges the fixed fields one by one: different fields both kept, the same field changed differently reported', () => {
    const ours = edited(base, (_b, doc) => void (doc[1] = { type: 'subheadline', attrs: { dir: 'auto' }, content: [{ type: 'text', text: 'הספירה הסתיימה' }] }));
    const theirs = edited(base, (_b, doc) => void (doc[2] = { type: 'byline', attrs: { dir: 'auto' }, content: [{ type: 'text', text: 'דנה לוי ויוסי כהן' }] }));
    const both = symmetric(base, ours, theirs);
    expect(both.conflicts).toEqual([]);
    expect(docFromJSON(both.file!.doc).child(1).textContent).toBe('הספירה הסתיימה');
    expect(docFromJSON(both.file!.doc).child(2).textContent).toBe('דנה לוי ויוסי כהן');

    const headline = (text: string) => (_b: DocJSON[], doc: DocJSON[]) => void (doc[0] = { type: 'headline', attrs: { dir: 'auto' }, content: [{ type: 'text', text }] });
    const { file, conflicts } = merge(base, edited(base, headline('הליכוד מוביל')), edited(base, headline('יש עתיד מובילה')));
    expect(docFromJSON(file!.doc).child(0).textContent).toBe('הליכוד מוביל');
    expect(conflicts.map((c) => c.place)).toEqual([{ kind: 'block', block: 'headline', excerpt: 'הליכוד מוביל' }]);
    expect(conflicts[0]!.theirs).toMatchObject({ content: [{ text: 'יש עתיד מובילה' }] });
  });

  // Decided: a move and an edit are different changes and both apply. The figure goes where it
  // was moved, with the new caption, once; it is not a conflict.
  it('moves a figure moved on one side and keeps the caption edited on the other', () => {
    const moved = edited(base, (body) => {
      const [fig] = body.splice(2, 1);
      body.push(fig!);
    });
    const captioned = edited(base, (body) => void (body[2] = figure(PICTURE, 'השר במסיבת העיתונאים, ירושלים')));
    const { file, conflicts } = symmetric(base, moved, captioned);
    expect(conflicts).toEqual([]);
    expect(bodyText(file)).toEqual([P[0], P[1], P[2], P[3], P[4], '[aaaa: השר במסיבת העיתונאים, ירושלים]']);
  });

  it('moves a figure moved and recaptioned on one side while the other edits the text around it', () => {
    const moved = edited(base, (body) => {
      body.splice(2, 1);
      body.unshift(figure(PICTURE, 'צילום: ארכיון'));
    });
    const text = edited(base, (body) => void (body[1] = more(1, 'כך נמסר')));
    const { file, conflicts } = symmetric(base, moved, text);
    expect(conflicts).toEqual([]);
    expect(bodyText(file)).toEqual(['[aaaa: צילום: ארכיון]', P[0], bodyText(text)[1], P[2], P[3], P[4]]);
  });

  it('leaves one empty paragraph when each side deleted what the other kept', () => {
    const two = article([para(P[0]!), para(P[1]!)]);
    const { file, conflicts } = symmetric(two, edited(two, (body) => void body.splice(0, 1)), edited(two, (body) => void body.splice(1, 1)));
    expect(conflicts).toEqual([]);
    expect(bodyText(file)).toEqual(['']);
  });
});

describe('merging an article that exists on one side only', () => {
  const changed = edited(base, (body) => void (body[0] = more(0, 'הבוקר')));

  it('keeps the article edited on one side and deleted on the other, and reports it', () => {
    expect(merge(base, null, changed)).toEqual({
      file: changed,
      conflicts: [{ subject: { kind: 'article', id: base.id }, place: { kind: 'deleted' }, ours: null, theirs: changed.revision }],
    });
    expect(merge(base, changed, null).file).toEqual(changed);
  });

  it('deletes an article deleted on one side and left alone (or only saved again) on the other, or deleted on both', () => {
    expect(merge(base, null, base)).toEqual({ file: null, conflicts: [] });
    expect(merge(base, base, null)).toEqual({ file: null, conflicts: [] });
    expect(merge(base, null, null)).toEqual({ file: null, conflicts: [] });
    const savedAgain = { ...base, revision: base.revision + 1, meta: { ...base.meta, updatedAt: '2026-12-02T09:00:00.000Z' } };
    expect(merge(base, savedAgain, null)).toEqual({ file: null, conflicts: [] });
  });

  it('takes an article created on one side only', () => {
    expect(merge(null, null, base)).toEqual({ file: base, conflicts: [] });
    expect(merge(null, base, null)).toEqual({ file: base, conflicts: [] });
  });

  it('merges an article both sides created with the same id as if both began from the empty article', () => {
    const ours = article([para(P[0]!), para('הכתב כתב כך.')], { headline: 'כותרת הכתב', revision: 2 });
    const theirs = article([para(P[0]!), para('העורך כתב אחרת.')], { headline: 'כותרת העורך', revision: 5, meta: { tags: ['כלכלה'] } });
    const { file, conflicts } = merge(null, ours, theirs);
    // Identical blocks once, different ones both, the headline reported.
    expect(bodyText(file)).toEqual(bodyText(merge(null, theirs, ours).file));
    expect([...bodyText(file)].sort()).toEqual([P[0], 'הכתב כתב כך.', 'העורך כתב אחרת.'].sort());
    expect(bodyText(file)[0]).toBe(P[0]);
    expect(docFromJSON(file!.doc).child(0).textContent).toBe('כותרת הכתב');
    expect(conflicts.map((c) => c.place)).toEqual([{ kind: 'block', block: 'headline', excerpt: 'כותרת הכתב' }]);
    expect(file!.meta.tags).toEqual(['כלכלה']);
    expect(file!.revision).toBe(6);
  });
});
