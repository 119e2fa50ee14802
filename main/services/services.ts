// Everything main does, built from a repository folder and a settings store. The shells build
// exactly this, every part opened at start; tests build it on a temporary folder. The command
// line uses ServiceParts directly and opens only the parts a command needs.
import type { RepositoryInfo, RepositoryLayout } from './repository.js';
import type { ArticleStore, QuarantinedFile } from './articles/articleStore.js';
import type { SettingsStore } from './settings/settingsStore.js';
import type { MediaService } from './media/mediaService.js';
import type { HouseStyleStore } from './houseStyle/houseStyleStore.js';
import type { SearchService } from './search/searchService.js';
import type { ImportService } from './import/importService.js';
import type { ExportService } from './export/exportService.js';
import type { SyncService } from './sync/syncService.js';
import type { PublishService } from './publish/publishService.js';
import type { SpellService } from './spelling/spellService.js';
import { ServiceParts, type ServiceOptions } from './serviceParts.js';

export type { ServiceOptions } from './serviceParts.js';

export interface Services {
  layout: RepositoryLayout;
  info: RepositoryInfo;
  settings: SettingsStore;
  articles: ArticleStore;
  media: MediaService;
  houseStyle: HouseStyleStore;
  search: SearchService;
  imports: ImportService;
  exports: ExportService;
  /** Sharing through a git remote; its timers run once `sync.start()` is called (the shells do). */
  sync: SyncService;
  /** Publishing to WordPress sites; the outbox's timer runs once `publish.start()` is called (the shells do). */
  publish: PublishService;
  /** The spelling dictionaries (their worker starts at the first check) and the newsroom's words. */
  spelling: SpellService;
  /** Damaged article files found while opening, moved to quarantine/, to tell the person about. */
  damaged: QuarantinedFile[];
  /** Damaged picture records, left in place and reported. */
  damagedMedia: { file: string; reason: string }[];
  close(): Promise<void>;
}

export async function createServices(repoDir: string, settings: SettingsStore, options: ServiceOptions = {}): Promise<Services> {
  const parts = new ServiceParts(repoDir, settings, options);
  // In the order they depend on each other: articles, then the media library, then search.
  const { layout, info } = await parts.repository();
  const articles = await parts.articles();
  const media = await parts.media();
  const search = await parts.search();
  const [imports, houseStyle, exports, sync, publish, spelling] = await Promise.all([parts.imports(), parts.houseStyle(), parts.exports(), parts.sync(), parts.publish(), parts.spelling()]);
  return {
    layout,
    info,
    settings,
    articles,
    media,
    houseStyle,
    search,
    imports,
    exports,
    sync,
    publish,
    spelling,
    damaged: parts.damaged,
    damagedMedia: parts.damagedMedia,
    close: () => parts.close(),
  };
}
