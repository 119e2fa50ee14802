// The trash: a deleted article's file (and its versions) move to `<repo>/trash/` by rename, so
// deleting is instant, undoable and never loses anything until the person empties the trash.
import { mkdir, readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { KtavError } from '../../../shared/api/errors.js';
import { articleFileSchema, type ArticleSummary } from '../../../shared/model/article.js';
import { fsyncDir } from '../storage/atomicWrite.js';
import { ioReason } from '../storage/ioReason.js';
import type { RepositoryLayout } from '../repository.js';
import { summarize } from './summary.js';

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

/** Moves the article's file and history folder into the trash. */
export async function moveToTrash(layout: RepositoryLayout, id: string): Promise<void> {
  await mkdir(layout.trashDir, { recursive: true });
  const history = layout.historyDir(id);
  if (await exists(history)) await rename(history, join(layout.trashDir, `${id}.history`));
  await rename(layout.articleFile(id), join(layout.trashDir, `${id}.json`));
  await fsyncDir(layout.trashDir);
  await fsyncDir(layout.articlesDir);
}

/** Moves a trashed article back; refuses when an article with its id exists again. */
export async function moveFromTrash(layout: RepositoryLayout, id: string): Promise<void> {
  if (await exists(layout.articleFile(id))) throw new KtavError('conflict', 'trashConflict', { id });
  try {
    await moveBack(layout, id);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new KtavError('not-found', 'articleNotFound', { id });
    throw new KtavError('io', 'writeFailed', { details: ioReason(error) }, { cause: error });
  }
}

async function moveBack(layout: RepositoryLayout, id: string): Promise<void> {
  const history = join(layout.trashDir, `${id}.history`);
  if (await exists(history)) await rename(history, layout.historyDir(id));
  await rename(join(layout.trashDir, `${id}.json`), layout.articleFile(id));
  await fsyncDir(layout.articlesDir);
  await fsyncDir(layout.trashDir);
}

export async function trashedIds(layout: RepositoryLayout): Promise<string[]> {
  try {
    return (await readdir(layout.trashDir)).filter((n) => n.endsWith('.json')).map((n) => n.slice(0, -5));
  } catch {
    return [];
  }
}

/** The list lines of the trashed articles, newest first. */
export async function trashedSummaries(layout: RepositoryLayout): Promise<ArticleSummary[]> {
  const out: ArticleSummary[] = [];
  for (const id of await trashedIds(layout)) {
    try {
      out.push(summarize(articleFileSchema.parse(JSON.parse(await readFile(join(layout.trashDir, `${id}.json`), 'utf8')))));
    } catch {
      // Unreadable trash is left for emptying; it is not worth stopping the list for.
    }
  }
  return out.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
}

export async function emptyTrash(layout: RepositoryLayout): Promise<number> {
  const ids = await trashedIds(layout);
  await rm(layout.trashDir, { recursive: true, force: true });
  return ids.length;
}
