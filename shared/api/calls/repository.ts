// Calls on the repository beyond one article's text: version history, the crash journal, the
// trash, search, and what was moved aside when the repository opened.
import { z } from 'zod';
import { call, noArgs } from '../define.js';
import { articleIdSchema, type ArticleFile, type ArticleSummary } from '../../model/article.js';
import { versionNameSchema, type VersionInfo } from '../../model/version.js';
import type { ImportOutcomeInfo, PendingRestore, QuarantinedFileInfo } from '../../model/repository.js';
import type { SearchIndexStatus, SearchResult } from '../../model/search.js';

const byId = z.object({ id: articleIdSchema }).strict();
const byVersion = z.object({ id: articleIdSchema, name: versionNameSchema }).strict();

export const repositoryCalls = {
  'history.list': call<VersionInfo[]>()(byId),
  'history.get': call<VersionInfo & { doc: ArticleFile['doc'] }>()(byVersion),
  /** Brings a version back as a new revision; the replaced text becomes a version itself. */
  'history.restore': call<ArticleFile>()(byVersion),
  'journal.pending': call<PendingRestore[]>()(noArgs),
  'journal.restore': call<ArticleFile>()(byId),
  'journal.discard': call<null>()(byId),
  'trash.list': call<ArticleSummary[]>()(noArgs),
  'trash.restore': call<ArticleFile>()(byId),
  'trash.empty': call<{ removed: number }>()(noArgs),
  'search.query': call<SearchResult[]>()(
    z.object({ query: z.string().max(200), limit: z.number().int().min(1).max(200).optional() }).strict(),
  ),
  /** How far loading or building the search index has come. */
  'search.status': call<SearchIndexStatus>()(noArgs),
  /** Stops building the index; search answers "not built" until `search.build`. */
  'search.cancel': call<SearchIndexStatus>()(noArgs),
  /** Builds the index again after a cancel or a failure (a no-op while it is ready or building). */
  'search.build': call<SearchIndexStatus>()(noArgs),
  /** Builds the index again from the articles alone (a no-op while it is building). */
  'search.rebuild': call<SearchIndexStatus>()(noArgs),
  'repository.quarantined': call<QuarantinedFileInfo[]>()(noArgs),
  /** Files dropped on the library or chosen with the import button, as bytes (base64). */
  'import.files': call<ImportOutcomeInfo[]>()(
    z
      .object({
        files: z
          .array(z.object({ name: z.string().min(1).max(255), base64: z.string().max(40_000_000) }).strict())
          .min(1)
          .max(50),
      })
      .strict(),
  ),
} as const;
