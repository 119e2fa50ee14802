// Everything main does, built from a repository folder and a settings store. The shells and
// the command line build exactly this; tests build it on a temporary folder.
import { openRepository, type RepositoryInfo, type RepositoryLayout } from './repository.js';
import { ArticleStore, type QuarantinedFile } from './articles/articleStore.js';
import { savingPolicyOf, type SettingsStore } from './settings/settingsStore.js';
import { MediaService } from './media/mediaService.js';
import { HouseStyleStore } from './houseStyle/houseStyleStore.js';
import { SearchService, type SearchOptions } from './search/searchService.js';
import { ImportService } from './import/importService.js';
import type { PictureImporter } from './import/pictureImporter.js';
import { mediaPictureImporter } from './import/mediaPictureImporter.js';
import { ExportService } from './export/exportService.js';
import { exportMediaFrom } from './export/exportMedia.js';

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
  /** Damaged article files found while opening, moved to quarantine/, to tell the person about. */
  damaged: QuarantinedFile[];
  /** Damaged picture records, left in place and reported. */
  damagedMedia: { file: string; reason: string }[];
  close(): Promise<void>;
}

export interface ServiceOptions {
  search?: SearchOptions;
  /** Where imported pictures go; the repository's media library unless a test says otherwise. */
  pictures?: PictureImporter;
}

export async function createServices(repoDir: string, settings: SettingsStore, options: ServiceOptions = {}): Promise<Services> {
  const { layout, info } = await openRepository(repoDir);
  const articles = new ArticleStore(layout, undefined, () => savingPolicyOf(settings.get()));
  const { damaged } = await articles.open();
  const media = new MediaService(layout, articles);
  const { damaged: damagedMedia } = await media.open();
  const search = await SearchService.open(layout, articles, options.search);
  const imports = new ImportService(articles, options.pictures ?? mediaPictureImporter(media));
  const houseStyle = new HouseStyleStore(layout);
  const exports = new ExportService({
    articles,
    media: exportMediaFrom(media),
    houseStyle: () => houseStyle.get(),
    siteUrl: () => info.siteUrl,
    exportsDir: layout.exportsDir,
  });
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
    damaged,
    damagedMedia,
    async close() {
      await articles.close();
      await search.close();
      await media.close();
    },
  };
}
