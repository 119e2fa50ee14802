// The services of one repository, each opened when first asked for. The window needs them all
// (createServices opens every part at start); a `ktav` command opens only what it uses, so
// `ktav list` never loads sharp, ExifTool or the ninjs schema compiler. Each part's module is
// imported here, on demand, which is what keeps the command line's start small.
import type { RepositoryInfo, RepositoryLayout } from './repository.js';
import type { ArticleStore, QuarantinedFile } from './articles/articleStore.js';
import { savingPolicyOf, type SettingsStore } from './settings/settingsStore.js';
import type { MediaService } from './media/mediaService.js';
import type { HouseStyleStore } from './houseStyle/houseStyleStore.js';
import type { SearchOptions, SearchService } from './search/searchService.js';
import type { ImportService } from './import/importService.js';
import type { PictureImporter } from './import/pictureImporter.js';
import type { ExportService } from './export/exportService.js';
import type { SpellOptions, SpellService } from './spelling/spellService.js';
import type { SyncService, SyncTiming } from './sync/syncService.js';
import type { PublishService } from './publish/publishService.js';
import { MemorySecrets, type SecretStore } from './secrets/secretStore.js';
import { WriteGate } from './storage/writeGate.js';

export interface ServiceOptions {
  search?: SearchOptions;
  spelling?: SpellOptions;
  /** Where imported pictures go; the repository's media library unless a test says otherwise. */
  pictures?: PictureImporter;
  /** The person's secrets (the sharing remote's); memory only unless a shell gives its store. */
  secrets?: SecretStore;
  syncTiming?: Partial<SyncTiming>;
  /** The person's data folder, where the sites to publish to are kept (`sites.json`); memory only without one. */
  dataDir?: string;
  /** How often the app's outbox looks for requests that are due. */
  outboxTickMs?: number;
}

/** Runs `open` the first time and hands every caller the same promise. */
function once<T>(open: () => Promise<T>): () => Promise<T> {
  let opened: Promise<T> | null = null;
  return () => (opened ??= open());
}

export class ServiceParts {
  /** The parts that hold files or a worker open, once opened. */
  private readonly opened: { articles?: ArticleStore; search?: SearchService; media?: MediaService; sync?: SyncService; spelling?: SpellService; publish?: PublishService } = {};
  /** Every write of articles and pictures passes it; a sync holds it while it merges. */
  readonly gate = new WriteGate();
  /** The sharing settings' name, written into what this machine saves (read when the articles open). */
  author: string | null = null;
  /** Damaged article files moved to quarantine/ when the store opened. */
  damaged: QuarantinedFile[] = [];
  /** Damaged picture records, left in place and reported, when the media library opened. */
  damagedMedia: { file: string; reason: string }[] = [];

  constructor(
    private readonly repoDir: string,
    readonly settings: SettingsStore,
    private readonly options: ServiceOptions = {},
  ) {}

  readonly repository = once(async (): Promise<{ layout: RepositoryLayout; info: RepositoryInfo }> => {
    const { openRepository } = await import('./repository.js');
    return openRepository(this.repoDir);
  });

  readonly articles = once(async (): Promise<ArticleStore> => {
    const [{ layout }, { ArticleStore }, { sharingUser }] = await Promise.all([this.repository(), import('./articles/articleStore.js'), import('./sync/sharing.js')]);
    this.author = await sharingUser(layout);
    const store = new ArticleStore(layout, undefined, () => savingPolicyOf(this.settings.get()), { gate: this.gate, changedBy: () => this.author });
    this.damaged = (await store.open()).damaged;
    this.opened.articles = store;
    return store;
  });

  readonly media = once(async (): Promise<MediaService> => {
    const [{ layout }, articles, { MediaService }] = await Promise.all([this.repository(), this.articles(), import('./media/mediaService.js')]);
    const media = new MediaService(layout, articles, this.gate);
    this.damagedMedia = (await media.open()).damaged;
    this.opened.media = media;
    return media;
  });

  readonly search = once(async (): Promise<SearchService> => {
    const [{ layout }, articles, { SearchService }] = await Promise.all([this.repository(), this.articles(), import('./search/searchService.js')]);
    // A query word is also searched as the prefix-stripped forms the dictionary reads it as.
    const stripped = (words: string[]) => this.spelling().then((s) => s.prefixVariants(words));
    const search = await SearchService.open(layout, articles, { stripped, ...this.options.search });
    this.opened.search = search;
    return search;
  });

  readonly imports = once(async (): Promise<ImportService> => {
    const [articles, { ImportService }] = await Promise.all([this.articles(), import('./import/importService.js')]);
    return new ImportService(articles, this.options.pictures ?? this.pictureImporter());
  });

  readonly houseStyle = once(async (): Promise<HouseStyleStore> => {
    const [{ layout }, { HouseStyleStore }] = await Promise.all([this.repository(), import('./houseStyle/houseStyleStore.js')]);
    return new HouseStyleStore(layout);
  });

  /** The spelling dictionaries (in their worker, started at the first check) and the newsroom's words. */
  readonly spelling = once(async (): Promise<SpellService> => {
    const [{ layout }, { SpellService }] = await Promise.all([this.repository(), import('./spelling/spellService.js')]);
    const spelling = new SpellService(layout.root, this.options.spelling);
    this.opened.spelling = spelling;
    return spelling;
  });

  readonly exports = once(async (): Promise<ExportService> => {
    const [{ layout, info }, articles, media, houseStyle, { ExportService }, { exportMediaFrom }] = await Promise.all([
      this.repository(),
      this.articles(),
      this.media(),
      this.houseStyle(),
      import('./export/exportService.js'),
      import('./export/exportMedia.js'),
    ]);
    return new ExportService({
      articles,
      media: exportMediaFrom(media),
      houseStyle: () => houseStyle.get(),
      siteUrl: () => info.siteUrl,
      exportsDir: layout.exportsDir,
      // No suggestions here: each costs up to half a second, and the editor and `ktav spell` offer them.
      spelling: async (doc) => (await this.spelling()).checkDocument(doc),
    });
  });

  readonly sync = once(async (): Promise<SyncService> => {
    const [{ layout }, articles, media, { SyncService }] = await Promise.all([this.repository(), this.articles(), this.media(), import('./sync/syncService.js')]);
    const sync = new SyncService({
      layout,
      secrets: this.options.secrets ?? new MemorySecrets(),
      gate: this.gate,
      articles,
      media: media.library,
      timing: this.options.syncTiming,
      onAuthor: (name) => (this.author = name),
    });
    this.opened.sync = sync;
    return sync;
  });

  /** Publishing to WordPress sites, with the export's gate and the repository's outbox. */
  readonly publish = once(async (): Promise<PublishService> => {
    const [{ layout }, articles, media, exports, { PublishService }, { SiteStore }, { exportMediaFrom }, { join }, { FileSecrets, secretsFileName }] = await Promise.all([
      this.repository(),
      this.articles(),
      this.media(),
      this.exports(),
      import('./publish/publishService.js'),
      import('./publish/siteStore.js'),
      import('./export/exportMedia.js'),
      import('node:path'),
      import('./secrets/secretStore.js'),
    ]);
    // The command line gives a data folder and no store: the same user-only file as the browser shell's.
    const dataDir = this.options.dataDir;
    const secrets = this.options.secrets ?? (dataDir ? new FileSecrets(join(dataDir, secretsFileName('user-file'))) : new MemorySecrets());
    const publish = new PublishService({
      articles,
      media: exportMediaFrom(media),
      gate: (id) => exports.check(id),
      sites: new SiteStore(dataDir ? join(dataDir, 'sites.json') : null, secrets),
      outboxDir: layout.outboxDir,
      tickMs: this.options.outboxTickMs,
    });
    this.opened.publish = publish;
    return publish;
  });

  /** Imported articles' pictures go to the media library, opened at the first picture. */
  private pictureImporter(): PictureImporter {
    return {
      importPicture: async (bytes, name, alt) => {
        const [media, { mediaPictureImporter }] = await Promise.all([this.media(), import('./import/mediaPictureImporter.js')]);
        return mediaPictureImporter(media).importPicture(bytes, name, alt);
      },
    };
  }

  /**
   * Closes what was opened: the article store first, so that its last saves still reach the
   * search index and the media library before they close.
   */
  async close(): Promise<void> {
    await this.opened.sync?.close();
    await this.opened.publish?.close();
    await this.opened.articles?.close();
    await this.opened.search?.close();
    await this.opened.media?.close();
    await this.opened.spelling?.close();
  }
}
