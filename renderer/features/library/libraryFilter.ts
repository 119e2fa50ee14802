// Filtering and sorting the article list: pure, so the library stays instant with thousands of
// lines and the rules are tested without a window.
import type { ArticleStatus, ArticleSummary } from '../../../shared/model/article';
import { ARTICLE_STATUSES } from '../../../shared/model/articleStatus';

export const SORT_KEYS = ['updated', 'created', 'headline', 'words', 'status'] as const;
type SortKey = (typeof SORT_KEYS)[number];

export interface LibraryFilter {
  status: ArticleStatus | '';
  section: string;
  tag: string;
  author: string;
  sort: SortKey;
}

export const NO_FILTER: LibraryFilter = { status: '', section: '', tag: '', author: '', sort: 'updated' };

const collator = new Intl.Collator('he', { sensitivity: 'base', numeric: true });

export function filterArticles(articles: readonly ArticleSummary[], f: LibraryFilter): ArticleSummary[] {
  const out = articles.filter(
    (a) =>
      (!f.status || a.status === f.status) &&
      (!f.section || a.section === f.section) &&
      (!f.tag || a.tags.includes(f.tag)) &&
      (!f.author || a.authors.includes(f.author)),
  );
  const by: Record<SortKey, (a: ArticleSummary, b: ArticleSummary) => number> = {
    updated: (a, b) => b.updatedAt.localeCompare(a.updatedAt),
    created: (a, b) => b.createdAt.localeCompare(a.createdAt),
    headline: (a, b) => collator.compare(a.headline, b.headline),
    words: (a, b) => b.words - a.words,
    status: (a, b) => ARTICLE_STATUSES.indexOf(a.status) - ARTICLE_STATUSES.indexOf(b.status),
  };
  return out.sort(by[f.sort]);
}

/** The values present in the repository, for the filter menus. */
export function facets(articles: readonly ArticleSummary[]): { sections: string[]; tags: string[]; authors: string[] } {
  const sections = new Set<string>();
  const tags = new Set<string>();
  const authors = new Set<string>();
  for (const a of articles) {
    if (a.section) sections.add(a.section);
    a.tags.forEach((t) => tags.add(t));
    a.authors.forEach((t) => authors.add(t));
  }
  const sorted = (s: Set<string>) => [...s].sort(collator.compare);
  return { sections: sorted(sections), tags: sorted(tags), authors: sorted(authors) };
}
