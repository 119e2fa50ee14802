// The trash: a deleted article's file (and its versions) move to `<repo>/trash/` by rename, so
// deleting is instant, undoable and never loses anything until the person empties the trash.
import { mkdir, readdir, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { fsyncDir } from '../storage/atomicWrite.js';
import type { RepositoryLayout } from '../repository.js';

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
  if (await exists(layout.articleFile(id))) throw Object.assign(new Error(`${id} exists`), { code: 'EEXIST' });
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

export function trashedFile(layout: RepositoryLayout, id: string): string {
  return join(layout.trashDir, `${id}.json`);
}

export async function emptyTrash(layout: RepositoryLayout): Promise<number> {
  const ids = await trashedIds(layout);
  await rm(layout.trashDir, { recursive: true, force: true });
  return ids.length;
}
