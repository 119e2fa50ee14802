// A repository folder: its layout on disk and its `ktav.json`. Opening one creates what is
// missing, so a new folder becomes an empty repository.
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { atomicWrite } from './storage/atomicWrite.js';

export const REPOSITORY_FORMAT = 1;

export interface RepositoryInfo {
  format: number;
  id: string;
  createdAt: string;
  /** The site's address, for absolute links in export manifests. */
  siteUrl: string;
  /** The house style (כללי סגנון); missing parts take the defaults (see shared/hebrew/houseStyle.ts). */
  houseStyle?: unknown;
}

export class RepositoryLayout {
  constructor(readonly root: string) {}
  get infoFile(): string {
    return join(this.root, 'ktav.json');
  }
  get articlesDir(): string {
    return join(this.root, 'articles');
  }
  get mediaDir(): string {
    return join(this.root, 'media');
  }
  get journalDir(): string {
    return join(this.root, 'journal');
  }
  get exportsDir(): string {
    return join(this.root, 'exports');
  }
  get conflictsDir(): string {
    return join(this.root, 'conflicts');
  }
  get indexFile(): string {
    return join(this.root, 'index.json');
  }
  /** Damaged article files, moved aside so the rest of the repository opens. */
  get quarantineDir(): string {
    return join(this.root, 'quarantine');
  }
  /** Deleted articles, until restored or the trash is emptied. */
  get trashDir(): string {
    return join(this.root, 'trash');
  }
  /** Publish requests waiting for their site, this machine's own (never synced). */
  get outboxDir(): string {
    return join(this.root, 'outbox');
  }
  /** The persisted full-text search index (derived, rebuilt if missing). */
  get searchIndexFile(): string {
    return join(this.root, 'search-index.json');
  }
  articleFile(id: string): string {
    return join(this.articlesDir, `${id}.json`);
  }
  /** Saved versions of one article. */
  historyDir(id: string): string {
    return join(this.articlesDir, `${id}.history`);
  }
  journalFile(id: string): string {
    return join(this.journalDir, `${id}.json`);
  }
}

/** Opens (and if needed creates) the repository at `root`. */
export async function openRepository(root: string): Promise<{ layout: RepositoryLayout; info: RepositoryInfo }> {
  const layout = new RepositoryLayout(root);
  await mkdir(layout.articlesDir, { recursive: true });
  await mkdir(layout.mediaDir, { recursive: true });
  await mkdir(layout.journalDir, { recursive: true });
  let info: RepositoryInfo;
  try {
    info = JSON.parse(await readFile(layout.infoFile, 'utf8')) as RepositoryInfo;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    info = { format: REPOSITORY_FORMAT, id: randomUUID(), createdAt: new Date().toISOString(), siteUrl: 'https://example.com/' };
    await atomicWrite(layout.infoFile, `${JSON.stringify(info, null, 1)}\n`);
  }
  return { layout, info };
}
