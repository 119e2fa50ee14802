// Everything about pictures, built from a repository: the library, its templates and code
// replacements, and the writer that embeds a credit into a copy of a picture. This is what
// export calls: `get(id)` for the record, `originalPath(record)` for the bytes and
// `writeCreditedCopy(id, input, output)` for each rendition.
import { join } from 'node:path';
import { figureImageIds } from '../../../shared/media/figureUsage.js';
import type { DocJSON } from '../../../shared/editor/document.js';
import type { ArticleStore } from '../articles/articleStore.js';
import type { RepositoryLayout } from '../repository.js';
import { atomicWrite } from '../storage/atomicWrite.js';
import type { WriteGate } from '../storage/writeGate.js';
import { CodeStore } from './codeStore.js';
import { CreditWriter, type CreditWriteOptions } from './creditWriter.js';
import { EmbeddedCreditReader } from './embeddedCredit.js';
import { MediaLibrary } from './mediaLibrary.js';
import { TemplateStore } from './templateStore.js';

export class MediaService {
  readonly library: MediaLibrary;
  readonly templates: TemplateStore;
  readonly codes: CodeStore;
  readonly writer = new CreditWriter();
  readonly reader = new EmbeddedCreditReader();

  constructor(
    private readonly layout: RepositoryLayout,
    articles?: Pick<ArticleStore, 'list' | 'get'>,
    gate?: WriteGate,
  ) {
    this.templates = new TemplateStore(join(layout.root, 'media-templates.json'));
    this.codes = new CodeStore(join(layout.root, 'media-codes.json'));
    this.library = new MediaLibrary({
      mediaDir: layout.mediaDir,
      importTemplates: () => this.templates.onImport(),
      usage: articles ? () => articleUsage(articles) : undefined,
      gate,
      credits: this.reader,
    });
  }

  open() {
    return this.library.open();
  }

  /**
   * Writes picture `id`'s credit into a copy: `input` defaults to the stored original (export
   * passes a rendition made from it), `output` is where the credited copy goes.
   */
  async writeCreditedCopy(id: string, output: string, input?: string, options?: CreditWriteOptions): Promise<void> {
    const record = this.library.get(id);
    await this.writer.writeCreditedCopy(input ?? this.library.originalPath(record), output, record.credit, options);
  }

  /** `<repo>/credits.json`: the known credits, for other tools; rebuilt after credit changes. */
  async saveRegistry(): Promise<void> {
    await atomicWrite(join(this.layout.root, 'credits.json'), `${JSON.stringify({ format: 1, ...this.library.registry() }, null, 1)}\n`);
  }

  async close(): Promise<void> {
    await Promise.all([this.writer.end(), this.reader.end()]);
  }
}

/** Image id → ids of the articles that show it. */
async function articleUsage(articles: Pick<ArticleStore, 'list' | 'get'>): Promise<Map<string, string[]>> {
  const usage = new Map<string, string[]>();
  for (const summary of articles.list()) {
    let doc: DocJSON;
    try {
      doc = (await articles.get(summary.id)).doc as DocJSON;
    } catch {
      continue; // a damaged article is reported by the article library, not here
    }
    for (const id of figureImageIds(doc)) usage.set(id, [...(usage.get(id) ?? []), summary.id]);
  }
  return usage;
}
