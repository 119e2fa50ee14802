// Search results as the library shows them.
import type { ArticleStatus } from './article.js';
import type { ApiError } from '../api/errors.js';

export interface SnippetPart {
  text: string;
  /** A word that matched the query, shown highlighted. */
  hit: boolean;
}

export interface SearchResult {
  id: string;
  headline: string;
  status: ArticleStatus;
  section: string;
  updatedAt: string;
  score: number;
  snippet: SnippetPart[];
}

/**
 * Where the search index is. `loading` reads the saved index; `building` indexes the articles
 * that changed since (all of them when there was no index), `done` of `total`; `cancelled`
 * when the person stopped that, until they build it again.
 */
export interface SearchIndexStatus {
  state: 'loading' | 'building' | 'ready' | 'cancelled' | 'failed';
  done: number;
  total: number;
  /** Why it failed, in the person's language (the details are in the log). */
  error?: ApiError;
}
