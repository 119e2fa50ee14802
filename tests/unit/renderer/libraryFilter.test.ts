import { describe, expect, it } from 'vitest';
import { facets, filterArticles, NO_FILTER } from '../../../renderer/features/library/libraryFilter.js';
import { summary } from '../../support/summaries.js';

const article = summary;

const list = [
  article({ id: 'a', headline: 'בית', status: 'ready', section: 'ספורט', tags: ['כדורגל'], authors: ['נועה'], updatedAt: '2026-01-03T00:00:00Z', words: 10 }),
  article({ id: 'b', headline: 'אלף', status: 'draft', section: 'חדשות', tags: ['בחירות'], authors: ['דן'], updatedAt: '2026-01-05T00:00:00Z', words: 30 }),
  article({ id: 'c', headline: 'גימל', status: 'ready', section: 'חדשות', tags: ['בחירות', 'כנסת'], authors: ['נועה', 'דן'], updatedAt: '2026-01-01T00:00:00Z', words: 20 }),
];

describe('library filter', () => {
  it('newest first by default; filters combine', () => {
    expect(filterArticles(list, NO_FILTER).map((a) => a.id)).toEqual(['b', 'a', 'c']);
    expect(filterArticles(list, { ...NO_FILTER, status: 'ready', section: 'חדשות' }).map((a) => a.id)).toEqual(['c']);
    expect(filterArticles(list, { ...NO_FILTER, tag: 'בחירות', author: 'נועה' }).map((a) => a.id)).toEqual(['c']);
  });

  it('sorts by Hebrew headline, by words and by status', () => {
    expect(filterArticles(list, { ...NO_FILTER, sort: 'headline' }).map((a) => a.headline)).toEqual(['אלף', 'בית', 'גימל']);
    expect(filterArticles(list, { ...NO_FILTER, sort: 'words' }).map((a) => a.id)).toEqual(['b', 'c', 'a']);
    expect(filterArticles(list, { ...NO_FILTER, sort: 'status' })[0]!.status).toBe('draft');
  });

  it('offers the sections, tags and authors that exist', () => {
    expect(facets(list)).toEqual({ sections: ['חדשות', 'ספורט'], tags: ['בחירות', 'כדורגל', 'כנסת'], authors: ['דן', 'נועה'] });
  });
});
