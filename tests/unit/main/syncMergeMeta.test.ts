// The merge rules for an article's metadata, field by field, through the merge of the whole file.
import { describe, expect, it } from 'vitest';
import type { ArticleMeta } from '../../../shared/model/article.js';
import type { ExportRecord } from '../../../shared/model/export.js';
import { mergeArticle } from '../../../main/services/sync/mergeArticle.js';
import { article, edited, para } from '../../support/syncArticles.js';

const base = article([para('פסקה ראשונה.')], { meta: { tags: ['פוליטיקה', 'כנסת'], related: ['budget-2026'], authors: ['דנה לוי'] } });

/** The merged metadata and conflicts when each side changed only its metadata. */
function merge(ours: Partial<ArticleMeta>, theirs: Partial<ArticleMeta>, from = base) {
  const result = mergeArticle(from, edited(from, () => undefined, ours), edited(from, () => undefined, theirs));
  return { meta: result.file!.meta, conflicts: result.conflicts, revision: result.file!.revision };
}

/** Merged both ways round: for the rules that favour neither side. */
function symmetric(ours: Partial<ArticleMeta>, theirs: Partial<ArticleMeta>) {
  const one = merge(ours, theirs);
  expect(JSON.stringify(merge(theirs, ours).meta)).toBe(JSON.stringify(one.meta));
  return one;
}

const exportAt = (at: string, sha: string): ExportRecord => ({ at, path: `/tmp/${sha}.zip`, kind: 'zip', sha256: sha.repeat(64).slice(0, 64), bytes: 100, publishedAt: at });

describe('merging an article’s metadata', () => {
  it('brings the desk’s approval to the reporter, whose machine changed nothing else', () => {
    const { meta, conflicts } = merge({}, { status: 'approved', updatedAt: '2026-12-02T10:00:00.000Z' });
    expect(meta.status).toBe('approved');
    expect(meta.updatedAt).toBe('2026-12-02T10:00:00.000Z');
    expect(conflicts).toEqual([]);
  });

  it('brings a status moved back by the desk too', () => {
    const ready = article([para('פסקה.')], { meta: { status: 'ready' } });
    expect(merge({ section: 'כלכלה' }, { status: 'draft' }, ready).meta).toMatchObject({ status: 'draft', section: 'כלכלה' });
  });

  it('takes the status further along the workflow when both changed it, with no conflict', () => {
    const { meta, conflicts } = symmetric({ status: 'ready' }, { status: 'approved' });
    expect(meta.status).toBe('approved');
    expect(conflicts).toEqual([]);
  });

  it('merges tags, related articles and authors as sets: additions from both sides, removals from either', () => {
    const { meta, conflicts } = symmetric(
      { tags: ['פוליטיקה', 'כנסת', 'תקציב'], related: [], authors: ['דנה לוי', 'יוסי כהן'] },
      { tags: ['כנסת', 'בחירות'], related: ['budget-2026', 'vote-2026'], authors: ['דנה לוי', 'רות אברהם'] },
    );
    expect([...meta.tags].sort()).toEqual(['בחירות', 'כנסת', 'תקציב'].sort());
    expect(meta.related).toEqual(['vote-2026']);
    expect(meta.authors[0]).toBe('דנה לוי');
    expect([...meta.authors].sort()).toEqual(['דנה לוי', 'יוסי כהן', 'רות אברהם'].sort());
    expect(conflicts).toEqual([]);
  });

  it('keeps a tag both sides added once', () => {
    expect(symmetric({ tags: ['פוליטיקה', 'כנסת', 'בחירות'] }, { tags: ['בחירות', 'פוליטיקה', 'כנסת'] }).meta.tags.filter((t) => t === 'בחירות')).toHaveLength(1);
  });

  it('keeps one publish record per site, the later publish’s where both machines published to it', () => {
    const rec = (url: string, at: string, postId: number) => ({ site: 'אתר', url, postId, link: `${url}/?p=${postId}`, status: 'publish', at, sentHash: 'h', modifiedGmt: at.slice(0, 19), media: {} });
    const { meta, conflicts } = symmetric(
      { published: [rec('https://a.example', '2026-12-02T10:00:00.000Z', 5), rec('https://b.example', '2026-12-02T09:00:00.000Z', 7)] },
      { published: [rec('https://a.example', '2026-12-02T11:00:00.000Z', 5)] },
    );
    expect(meta.published?.map((r) => [r.url, r.at])).toEqual([
      ['https://a.example', '2026-12-02T11:00:00.000Z'],
      ['https://b.example', '2026-12-02T09:00:00.000Z'],
    ]);
    expect(conflicts).toEqual([]);
  });

  it('keeps every export either machine recorded, once, oldest first', () => {
    const first = exportAt('2026-12-01T09:00:00.000Z', 'a');
    const mine = exportAt('2026-12-02T09:00:00.000Z', 'b');
    const desk = exportAt('2026-12-01T12:00:00.000Z', 'c');
    const withFirst = article([para('פסקה.')], { meta: { exports: [first] } });
    const { meta } = merge({ exports: [first, mine] }, { exports: [first, desk] }, withFirst);
    expect(meta.exports).toEqual([first, desk, mine]);
    expect(merge({}, {}).meta).not.toHaveProperty('exports');
  });

  it('takes the later updatedAt and the earlier createdAt', () => {
    const { meta } = symmetric(
      { updatedAt: '2026-12-02T11:00:00.000Z', createdAt: '2026-12-01T08:00:00.000Z' },
      { updatedAt: '2026-12-02T13:00:00+02:00', createdAt: '2026-11-30T08:00:00.000Z' },
    );
    expect(meta.updatedAt).toBe('2026-12-02T11:00:00.000Z');
    expect(meta.createdAt).toBe('2026-11-30T08:00:00.000Z');
  });

  it('takes a field changed on one side and reports one changed differently on both, keeping ours', () => {
    const { meta, conflicts } = merge({ section: 'כלכלה', targetWords: 800 }, { section: 'פוליטיקה', slug: 'בחירות-2026' });
    expect(meta).toMatchObject({ section: 'כלכלה', targetWords: 800, slug: 'בחירות-2026' });
    expect(conflicts).toEqual([{ subject: { kind: 'article', id: base.id }, place: { kind: 'meta', field: 'section' }, ours: 'כלכלה', theirs: 'פוליטיקה' }]);
  });

  it('keeps a slug typed by hand with it when it wins', () => {
    expect(merge({}, { slug: 'בחירות-לכנסת', slugEdited: true }).meta).toMatchObject({ slug: 'בחירות-לכנסת', slugEdited: true });
    expect(merge({ slug: 'בחירות-לכנסת', slugEdited: true }, { slug: 'בחירות-לכנסת' }).meta.slugEdited).toBe(true);
    expect(merge({ section: 'כלכלה' }, {}).meta).not.toHaveProperty('slugEdited');
  });

  it('gives a merge of metadata a revision above both sides', () => {
    const { revision } = merge({ section: 'כלכלה' }, { status: 'ready' });
    expect(revision).toBe(base.revision + 2);
  });
});
