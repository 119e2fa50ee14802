// An article's list line for the window's tests, with every field at a plain default.
import type { ArticleSummary } from '../../shared/model/article.js';

export const summary = (over: Partial<ArticleSummary>): ArticleSummary => ({
  id: 'x',
  headline: '',
  lead: '',
  byline: '',
  slug: '',
  section: '',
  status: 'draft',
  updatedAt: '2026-01-01T00:00:00Z',
  createdAt: '2026-01-01T00:00:00Z',
  words: 0,
  tags: [],
  authors: [],
  revision: 1,
  ...over,
});
