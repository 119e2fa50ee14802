// Everything main does, built from a repository folder and a settings store. The shells and
// the command line build exactly this; tests build it on a temporary folder.
import { openRepository, type RepositoryInfo, type RepositoryLayout } from './repository.js';
import { ArticleStore, type QuarantinedFile } from './articles/articleStore.js';
import type { SettingsStore } from './settings/settingsStore.js';
import { SearchService, type SearchOptions } from './search/searchService.js';
import { ImportService } from './import/importService.js';
import type { PictureImporter } from './import/pictureImporter.js';

export interface Services {
  layout: RepositoryLayout;
  info: RepositoryInfo;
  settings: SettingsStore;
  articles: ArticleStore;
  search: SearchService;
  imports: ImportService;
  /** Damaged article files found while opening, moved to quarantine/, to tell the person about. */
  damaged: QuarantinedFile[];
  close(): Promise<void>;
}

export interface ServiceOptions {
  search?: SearchOptions;
  /** Where imported pictures go: the media library, once it is wired (see README). */
  pictures?: PictureImporter;
}

export async function createServices(repoDir: string, settings: SettingsStore, options: ServiceOptions = {}): Promise<Services> {
  const { layout, info } = await openRepository(repoDir);
  const articles = new ArticleStore(layout, () => settings.get().language);
  const { damaged } = await articles.open();
  const search = await SearchService.open(layout, articles, options.search);
  const imports = new ImportService(articles, () => settings.get().language, options.pictures ?? null);
  return {
    layout,
    info,
    settings,
    articles,
    search,
    imports,
    damaged,
    async close() {
      await articles.close();
      await search.close();
    },
  };
}
