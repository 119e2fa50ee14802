// Calls on the articles of the repository.
import { z } from 'zod';
import { call, noArgs } from '../define.js';
import {
  articleIdSchema,
  articleMetaPatchSchema,
  docJSONSchema,
  type ArticleFile,
  type ArticleSummary,
} from '../../model/article.js';
import type { VersionInfo } from '../../model/version.js';

const byId = z.object({ id: articleIdSchema }).strict();
const revision = z.number().int().nonnegative();

export const articleCalls = {
  'article.list': call<ArticleSummary[]>()(noArgs),
  'article.create': call<ArticleFile>()(noArgs),
  'article.get': call<ArticleFile>()(byId),
  'article.save': call<{ revision: number; updatedAt: string }>()(
    z.object({ id: articleIdSchema, baseRevision: revision, doc: docJSONSchema }).strict(),
  ),
  'article.exportHtml': call<{ path: string }>()(byId),
  /** Section, tags, authors, status, slug, target length, related articles. */
  'article.setMeta': call<ArticleFile>()(z.object({ id: articleIdSchema, baseRevision: revision, patch: articleMetaPatchSchema }).strict()),
  /** Records unsaved text in the crash journal (about once a second while typing). */
  'article.journal': call<null>()(z.object({ id: articleIdSchema, baseRevision: revision, doc: docJSONSchema }).strict()),
  /** Keeps the article as saved now as a version (Ctrl+S). */
  'article.keepVersion': call<VersionInfo>()(
    z.object({ id: articleIdSchema, reason: z.enum(['explicit', 'conflict']).optional() }).strict(),
  ),
  /** Moves the article to the trash. */
  'article.trash': call<null>()(byId),
} as const;
