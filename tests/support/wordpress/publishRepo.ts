// A repository to publish from: the export tests' rich article (every block, mixed-direction
// lines, two credited pictures) under an id and slug of its own for each test, since the loopback
// WordPress outlives a test run and Ktav finds its earlier posts by slug and mark. The services
// keep sites in a user-data folder beside the repository, as the app does.
import { randomBytes } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createServices, type Services } from '../../../main/services/services.js';
import { FileSecrets } from '../../../main/services/secrets/secretStore.js';
import { MemorySettings } from '../../../main/services/settings/settingsStore.js';
import type { ArticleFile, ArticleMeta } from '../../../shared/model/article.js';
import { exportRepo } from '../exportFixtures.js';
import { makeTempDir } from '../tempDir.js';
import { startWordPress, type WordPressSite, type WpRole } from './site.js';

export interface PublishRepo {
  repo: string;
  dataDir: string;
  services: Services;
  imageA: string;
  imageB: string;
  /** A copy of the rich article with a fresh id and slug; `meta` changes its metadata. */
  newArticle(meta?: Partial<ArticleMeta>, doc?: (doc: ArticleFile['doc']) => ArticleFile['doc']): Promise<string>;
  /** Gives both pictures a credit never seen on the site, so the next publish uploads them anew. */
  freshCredits(): Promise<void>;
  /** Keeps the site as `name`, for the user of `role`. */
  addSite(site: WordPressSite, role: WpRole, name?: string): Promise<void>;
  reopen(): Promise<Services>;
}

export const uniqueTag = () => randomBytes(4).toString('hex');

export async function publishRepo(dir: string): Promise<PublishRepo> {
  const base = await exportRepo(dir);
  // The fixture's pictures are the same bytes in every run, and the site remembers them: a usage
  // term of this run's own makes their credit (and so their attachments) this run's.
  const run = uniqueTag();
  for (const id of [base.imageA, base.imageB]) {
    const credit = base.services.media.library.get(id).credit;
    await base.services.media.library.applyCredit([id], { ...credit, usageTerms: `${credit.usageTerms} (${run})` });
  }
  await base.services.close();
  const template = JSON.parse(await readFile(join(base.repo, 'articles', `${base.mainId}.json`), 'utf8')) as ArticleFile;
  const dataDir = join(dir, 'user-data');
  const open = () => createServices(base.repo, new MemorySettings({ language: 'he' }), { dataDir, secrets: new FileSecrets(join(dataDir, 'secrets.json')) });
  const r: PublishRepo = {
    repo: base.repo,
    dataDir,
    services: await open(),
    imageA: base.imageA,
    imageB: base.imageB,
    async newArticle(meta = {}, doc = (d) => d) {
      const tag = uniqueTag();
      const id = `20261203-${tag}`;
      const file: ArticleFile = { ...template, id, meta: { ...template.meta, related: [], slug: `פארק-הדר-${tag}`, ...meta }, doc: doc(structuredClone(template.doc)) };
      await writeFile(join(base.repo, 'articles', `${id}.json`), JSON.stringify(file));
      await r.services.articles.refresh([id]);
      return id;
    },
    async freshCredits() {
      const run = uniqueTag();
      for (const id of [base.imageA, base.imageB]) {
        const credit = r.services.media.library.get(id).credit;
        await r.services.media.library.applyCredit([id], { ...credit, usageTerms: credit.usageTerms.replace(/ \(\w+\)$/, '') + ` (${run})` });
      }
    },
    async addSite(site, role, name = role) {
      await r.services.publish.addSite({ name, url: site.url, user: site.users[role].user }, site.users[role].password);
    },
    async reopen() {
      await r.services.close();
      r.services = await open();
      return r.services;
    },
  };
  return r;
}

/**
 * What a publishing test file starts with: the loopback site, a repository to publish from in a
 * temporary folder, and the sites kept (each as [role, name]); `close` undoes all three.
 */
export async function openPublishSite(sites: [WpRole, string?][]): Promise<{ site: WordPressSite; r: PublishRepo; close(): Promise<void> }> {
  const site = await startWordPress();
  const tmp = await makeTempDir();
  const r = await publishRepo(tmp.dir);
  for (const [role, name] of sites) await r.addSite(site, role, name);
  return {
    site,
    r,
    async close() {
      await r.services.close();
      await site.stop();
      await tmp.cleanup();
    },
  };
}
