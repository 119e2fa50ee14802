// Saved versions of articles, in `<repo>/articles/<id>.history/`: one JSON file per version
// with the article's metadata and document as they were. A version is a copy of a saved
// revision; restoring one never deletes anything (the text it replaces becomes a version too).
import { mkdir, readdir, readFile, rm, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import type { ArticleFile } from '../../../shared/model/article.js';
import type { VersionInfo } from '../../../shared/model/version.js';
import { atomicWrite } from '../storage/atomicWrite.js';
import type { RepositoryLayout } from '../repository.js';
import { versionsToDrop, type VersionReason } from './thinning.js';
import { DEFAULT_SAVING_POLICY, type SavingPolicy } from '../../../shared/model/settings.js';

export interface VersionFile extends VersionInfo {
  meta: ArticleFile['meta'];
  doc: ArticleFile['doc'];
}

/** How often versions are kept while someone keeps editing, and how long daily ones stay. */
export type VersionPolicy = Pick<SavingPolicy, 'versionEveryMinutes' | 'keepDailyDays'>;

export class VersionStore {
  /** The newest version's time per article, so a save need not list the folder. */
  private newest = new Map<string, number>();

  constructor(
    private readonly layout: RepositoryLayout,
    private readonly now: () => Date = () => new Date(),
    /** Read at each save: a change in the settings applies at once. */
    private readonly policy: () => VersionPolicy = () => DEFAULT_SAVING_POLICY,
  ) {}

  /** Keeps `file` as a version, then thins the article's older versions. */
  async keep(file: ArticleFile, reason: VersionReason, headline: string, words: number): Promise<VersionInfo> {
    const savedAt = this.now().toISOString();
    const name = `${savedAt.replace(/[:.]/g, '-')}-r${file.revision}-${reason}`;
    const version: VersionFile = { name, revision: file.revision, savedAt, reason, headline, words, meta: file.meta, doc: file.doc };
    const dir = this.layout.historyDir(file.id);
    await mkdir(dir, { recursive: true });
    await atomicWrite(join(dir, `${name}.json`), JSON.stringify(version));
    this.newest.set(file.id, Date.parse(savedAt));
    await this.thin(file.id);
    return strip(version);
  }

  /** Keeps a periodic version when the newest one is older than the policy's interval. */
  async keepIfDue(file: ArticleFile, headline: string, words: number): Promise<void> {
    let last = this.newest.get(file.id);
    if (last === undefined) {
      const all = await this.list(file.id);
      last = all.length ? Date.parse(all[0]!.savedAt) : 0;
      this.newest.set(file.id, last);
    }
    if (this.now().getTime() - last >= this.policy().versionEveryMinutes * 60_000) await this.keep(file, 'periodic', headline, words);
  }

  /** Versions of an article, newest first, without their documents. */
  async list(id: string): Promise<VersionInfo[]> {
    const dir = this.layout.historyDir(id);
    let names: string[];
    try {
      names = (await readdir(dir)).filter((n) => n.endsWith('.json'));
    } catch {
      return [];
    }
    const out: VersionInfo[] = [];
    for (const n of names) {
      try {
        out.push(strip(JSON.parse(await readFile(join(dir, n), 'utf8')) as VersionFile));
      } catch {
        // A damaged version file is skipped, never fatal: the article itself is intact.
      }
    }
    return out.sort((a, b) => b.savedAt.localeCompare(a.savedAt));
  }

  async get(id: string, name: string): Promise<VersionFile> {
    return JSON.parse(await readFile(join(this.layout.historyDir(id), `${name}.json`), 'utf8')) as VersionFile;
  }

  async removeAll(id: string): Promise<void> {
    await rm(this.layout.historyDir(id), { recursive: true, force: true });
    this.newest.delete(id);
  }

  private async thin(id: string): Promise<void> {
    const drop = versionsToDrop(await this.list(id), this.now(), this.policy().keepDailyDays);
    for (const name of drop) await unlink(join(this.layout.historyDir(id), `${name}.json`)).catch(() => undefined);
  }
}

function strip(v: VersionFile): VersionInfo {
  return { name: v.name, revision: v.revision, savedAt: v.savedAt, reason: v.reason, headline: v.headline, words: v.words };
}
