// Calls on the articles of the repository.
import { z } from 'zod';
import { call, noArgs } from '../define.js';
import { articleIdSchema, docJSONSchema, type ArticleFile, type ArticleSummary } from '../../model/article.js';

export const articleCalls = {
  'article.list': call<ArticleSummary[]>()(noArgs),
  'article.create': call<ArticleFile>()(noArgs),
  'article.get': call<ArticleFile>()(z.object({ id: articleIdSchema }).strict()),
  'article.save': call<{ revision: number; updatedAt: string }>()(
    z.object({ id: articleIdSchema, baseRevision: z.number().int().nonnegative(), doc: docJSONSchema }).strict(),
  ),
  'article.exportHtml': call<{ path: string }>()(z.object({ id: articleIdSchema }).strict()),
} as const;
