// Everything main does, built from a repository folder and a settings store. The shells and
// the command line build exactly this; tests build it on a temporary folder.
import { openRepository, type RepositoryInfo, type RepositoryLayout } from './repository.js';
import { ArticleStore } from './articles/articleStore.js';
import type { SettingsStore } from './settings/settingsStore.js';
import { MediaService } from './media/mediaService.js';
import { HouseStyleStore } from './houseStyle/houseStyleStore.js';
import { ExportService } from './export/exportService.js';
import { exportMediaFrom } from './export/exportMedia.js';

export interface Services {
  layout: RepositoryLayout;
  info: RepositoryInfo;
  settings: SettingsStore;
  articles: ArticleStore;
  media: MediaService;
  houseStyle: HouseStyleStore;
  exports: ExportService;
  /** Problems found while opening, to tell the person about. */
  damaged: { file: string; reason: string }[];
  close(): Promise<void>;
}

export async function createServices(repoDir: string, settings: SettingsStore): Promise<Services> {
  const { layout, info } = await openRepository(repoDir);
  const articles = new ArticleStore(layout, () => settings.get().language);
  const { damaged } = await articles.open();
  const media = new MediaService(layout, () => settings.get().language, articles);
  damaged.push(...(await media.open()).damaged);
  const houseStyle = new HouseStyleStore(layout);
  const exports = new ExportService({
    articles,
    media: exportMediaFrom(media),
    houseStyle: () => houseStyle.get(),
    siteUrl: () => info.siteUrl,
    exportsDir: layout.exportsDir,
    language: () => settings.get().language,
  });
  return {
    layout,
    info,
    settings,
    articles,
    media,
    houseStyle,
    exports,
    damaged,
    async close() {
      await articles.close();
      await media.close();
    },
  };
}
