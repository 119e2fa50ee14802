// The sites a person publishes to (הגדרות ← אתרים): name, address, user and time zone in
// `<user data>/sites.json`, beside the settings and read alike by the window and `ktav`; the
// application password in the person's secret store under `site:<name>`, never in this file
// nor in the repository. One small file, written atomically, changes one after another.
import { mkdir, readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { z } from 'zod';
import { KtavError } from '../../../shared/api/errors.js';
import { siteSchema, type Site, type SiteView } from '../../../shared/model/publish.js';
import type { SecretStore } from '../secrets/secretStore.js';
import { atomicWrite } from '../storage/atomicWrite.js';
import { siteAddress } from './siteAddress.js';

const fileSchema = z.object({ format: z.literal(1), sites: z.array(siteSchema) });

/** The key a site's application password is kept under. */
export function siteSecretKey(name: string): string {
  return `site:${name}`;
}

export class SiteStore {
  private queue: Promise<unknown> = Promise.resolve();
  private memory: Site[] = [];

  /** `path` null keeps the sites in memory (tests, services built without a person's data folder). */
  constructor(
    private readonly path: string | null,
    private readonly secrets: SecretStore,
  ) {}

  async list(): Promise<Site[]> {
    return this.read();
  }

  async views(): Promise<SiteView[]> {
    const sites = await this.read();
    return Promise.all(sites.map(async (s) => ({ ...s, hasPassword: (await this.secrets.get(siteSecretKey(s.name))) !== null, passwordKept: this.secrets.kind })));
  }

  /** The site by name; with no name, the only site there is. */
  async get(name?: string): Promise<Site> {
    const sites = await this.read();
    if (name !== undefined) {
      const site = sites.find((s) => s.name === name);
      if (!site) throw new KtavError('not-found', 'publish:siteNotFound', { name });
      return site;
    }
    if (sites.length === 0) throw new KtavError('not-found', 'publish:noSite');
    if (sites.length > 1) throw new KtavError('invalid-arguments', 'publish:whichSite', { names: sites.map((s) => s.name).join(', ') });
    return sites[0]!;
  }

  async password(site: Site): Promise<string> {
    const password = await this.secrets.get(siteSecretKey(site.name));
    if (password === null) throw new KtavError('forbidden', 'publish:noPassword', { name: site.name });
    return password;
  }

  async setPassword(name: string, password: string): Promise<void> {
    await this.get(name);
    await this.secrets.set(siteSecretKey(name), password.trim());
  }

  /** Adds a site (a name already taken is refused); the password, when given, goes to the secret store. */
  add(site: Site, password?: string): Promise<Site> {
    const clean: Site = { ...site, url: siteAddress(site.url) };
    return this.change(async (sites) => {
      if (sites.some((s) => s.name === clean.name)) throw new KtavError('conflict', 'publish:siteExists', { name: clean.name });
      if (password !== undefined && password !== '') await this.secrets.set(siteSecretKey(clean.name), password.trim());
      return [...sites, clean];
    }).then(() => clean);
  }

  async remove(name: string): Promise<void> {
    await this.change(async (sites) => {
      if (!sites.some((s) => s.name === name)) throw new KtavError('not-found', 'publish:siteNotFound', { name });
      await this.secrets.delete(siteSecretKey(name));
      return sites.filter((s) => s.name !== name);
    });
  }

  private change(edit: (sites: Site[]) => Promise<Site[]>): Promise<void> {
    const run = this.queue.then(async () => {
      const next = await edit(await this.read());
      if (this.path === null) {
        this.memory = next;
        return;
      }
      await mkdir(dirname(this.path), { recursive: true, mode: 0o700 });
      await atomicWrite(this.path, `${JSON.stringify({ format: 1, sites: next }, null, 1)}\n`);
    });
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async read(): Promise<Site[]> {
    if (this.path === null) return [...this.memory];
    let text: string;
    try {
      text = await readFile(this.path, 'utf8');
    } catch {
      return [];
    }
    const parsed = fileSchema.safeParse(JSON.parse(text));
    // A file edited by hand into something else is not guessed at: no sites, and it stays for the person to mend.
    return parsed.success ? parsed.data.sites : [];
  }
}

/** The person's sites as the command line keeps them: `<data>/sites.json`, passwords in the user-only secrets file. */
export async function personSites(dataDir: string): Promise<SiteStore> {
  const [{ join }, { FileSecrets, secretsFileName }] = await Promise.all([import('node:path'), import('../secrets/secretStore.js')]);
  return new SiteStore(join(dataDir, 'sites.json'), new FileSecrets(join(dataDir, secretsFileName('user-file'))));
}
