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
import { changedBlocksSchema } from '../../editor/changedBlocks.js';

/** More changed articles than this (a repository joined, a long absence): the window reloads the list. */
export const SUMMARIES_MAX = 500;
const byId = z.object({ id: articleIdSchema }).strict();
const revision = z.number().int().nonnegative();
/**
 * The text to store: the whole document, or (see shared/editor/changedBlocks.ts) its top-level
 * blocks, each unchanged one as its index in the document saved at `baseRevision`.
 */
const text = <T extends z.ZodRawShape>(shape: T) =>
  z.union([
    z.object({ ...shape, doc: docJSONSchema }).strict(),
    z.object({ ...shape, blocks: changedBlocksSchema }).strict(),
  ]);

export const articleCalls = {
  'article.list': call<ArticleSummary[]>()(noArgs),
  /** The summaries of some articles (null: no longer there), for a window that already has the list: what a sync changed. */
  'article.summaries': call<{ id: string; summary: ArticleSummary | null }[]>()(z.object({ ids: z.array(articleIdSchema).max(SUMMARIES_MAX) }).strict()),
  'article.create': call<ArticleFile>()(noArgs),
  'article.get': call<ArticleFile>()(byId),
  /** Stores the text as a new revision. Sent as changed blocks, it fails with `stale-base` when the file is not at `baseRevision`. */
  /** `merged`: main merged the save by block with a change a sync brought; the window takes the text in. */
  'article.save': call<{ revision: number; updatedAt: string; merged?: ArticleFile['doc'] }>()(text({ id: articleIdSchema, baseRevision: revision })),
  'article.exportHtml': call<{ path: string }>()(byId),
  /** Section, tags, authors, status, slug, target length, related articles. */
  'article.setMeta': call<ArticleFile>()(z.object({ id: articleIdSchema, baseRevision: revision, patch: articleMetaPatchSchema }).strict()),
  /** Records unsaved text in the crash journal (about once a second while typing). */
  'article.journal': call<null>()(text({ id: articleIdSchema, baseRevision: revision })),
  /** Keeps the article as saved now as a version (Ctrl+S). */
  'article.keepVersion': call<VersionInfo>()(
    z.object({ id: articleIdSchema, reason: z.enum(['explicit', 'conflict']).optional() }).strict(),
  ),
  /** Moves the article to the trash. */
  'article.trash': call<null>()(byId),
} as const;
