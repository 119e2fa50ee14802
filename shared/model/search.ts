// Search results as the library shows them.
import type { ArticleStatus } from './article.js';

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
