import { describe, expect, it } from 'vitest';
import { patchSummaries } from '../../../renderer/features/library/patchSummaries.js';
import { summary } from '../../support/summaries.js';

const article = (id: string, headline: string) => summary({ id, headline });

describe('the article list after a sync', () => {
  it('replaces the changed, drops the gone, adds the new, and leaves the rest as they were', () => {
    const list = [article('a', 'אלף'), article('b', 'בית'), article('c', 'גימל')];
    const next = patchSummaries(list, [
      { id: 'b', summary: { ...article('b', 'בית מעודכן'), status: 'approved' } },
      { id: 'c', summary: null },
      { id: 'd', summary: article('d', 'דלת') },
      { id: 'e', summary: null }, // deleted on both sides: nothing to show
    ]);
    expect(next.map((a) => [a.id, a.headline, a.status])).toEqual([
      ['a', 'אלף', 'draft'],
      ['b', 'בית מעודכן', 'approved'],
      ['d', 'דלת', 'draft'],
    ]);
    expect(next[0]).toBe(list[0]); // untouched lines keep their identity (React skips them)
    expect(list.map((a) => a.headline)).toEqual(['אלף', 'בית', 'גימל']); // the old list is not changed
  });
});
