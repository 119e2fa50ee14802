// `ktav import` and the app's import: each file becomes a new article (a draft) with its
// headline, structure and direction; pictures go to the media library through a
// PictureImporter when one is given. A file that cannot be read is reported and changes nothing.
import { readFile, realpath } from 'node:fs/promises';
import { basename, dirname, extname, isAbsolute, relative, resolve } from 'node:path';
import { KtavError, Phrase } from '../../../shared/api/errors.js';
import type { DocJSON } from '../../../shared/editor/document.js';
import type { ArticleStore } from '../articles/articleStore.js';
import { ioReason } from '../storage/ioReason.js';
import { IMPORT_EXTENSIONS, readBytesForImport, UnreadableFile, type ImageResolver } from './formats.js';
import type { PictureImporter } from './pictureImporter.js';

/** One file's import: the new article, or why the file was refused (a KtavError, not thrown). */
export interface ImportOutcome {
  file: string;
  id?: string;
  headline?: string;
  /** Pictures that were not brought in (no media library wired, or not found beside the file). */
  picturesLeftOut?: number;
  error?: KtavError;
}

const field = (type: string, text: string): DocJSON => ({ type, attrs: { dir: 'auto' }, ...(text ? { content: [{ type: 'text', text }] } : {}) });

export class ImportService {
  constructor(
    private readonly store: ArticleStore,
    private readonly pictures: PictureImporter | null = null,
  ) {}

  async importFiles(paths: readonly string[]): Promise<ImportOutcome[]> {
    const out: ImportOutcome[] = [];
    for (const path of paths) out.push(await refusedAs(path, () => this.importFile(path)));
    return out;
  }

  async importFile(path: string): Promise<ImportOutcome> {
    this.checkType(basename(path));
    let bytes: Buffer;
    try {
      bytes = await readFile(path);
    } catch (error) {
      throw new KtavError('not-found', 'importFailed', { file: basename(path), details: ioReason(error) }, { cause: error });
    }
    return this.importBytes(basename(path), bytes, path);
  }

  /** A file given as bytes (dropped on the window); pictures beside it cannot be found. */
  async importBytes(name: string, bytes: Buffer, source?: string): Promise<ImportOutcome> {
    this.checkType(name);
    let result;
    try {
      result = await readBytesForImport(name, bytes, this.resolver(source));
    } catch (error) {
      // The reason in the person's words; a library's own error text is for the log, not for them.
      const reason = error instanceof UnreadableFile ? (error.reason === 'empty' ? 'importEmpty' : 'importNotText') : 'importDamaged';
      throw new KtavError('invalid-document', 'importFailed', { file: name, details: new Phrase(reason) }, { cause: error });
    }
    const body = result.blocks.length ? result.blocks : [{ type: 'paragraph', attrs: { dir: 'auto' } }];
    const doc: DocJSON = { type: 'doc', content: [field('headline', result.headline), field('subheadline', ''), field('byline', ''), ...body] };
    const file = await this.store.create(doc);
    return { file: source ?? name, id: file.id, headline: result.headline, picturesLeftOut: result.picturesLeftOut };
  }

  private checkType(name: string): void {
    if (!(IMPORT_EXTENSIONS as readonly string[]).includes(extname(name).toLowerCase())) {
      throw new KtavError('invalid-arguments', 'importUnsupported', { file: name });
    }
  }

  /** Pictures: bytes from a .docx, or a relative path to a file beside the imported one (never outside its folder). */
  private resolver(source: string | undefined): ImageResolver {
    return async (ref, alt, bytes) => {
      if (!this.pictures) return null;
      if (bytes) return this.pictures.importPicture(bytes, ref, alt);
      if (!source || !ref || /^[a-z][a-z0-9+.-]*:/i.test(ref) || isAbsolute(ref)) return null;
      const folder = await realpath(dirname(source));
      const target = await realpath(resolve(folder, decodeURIComponent(ref))).catch(() => null);
      if (!target || relative(folder, target).startsWith('..')) return null;
      return this.pictures.importPicture(new Uint8Array(await readFile(target)), basename(target), alt);
    };
  }
}

/** One file of a batch imported, its failure kept as the item's error (an unexpected one as `internal`, its cause for the log). */
export async function refusedAs(file: string, work: () => Promise<ImportOutcome>): Promise<ImportOutcome> {
  try {
    return await work();
  } catch (error) {
    return { file, error: error instanceof KtavError ? error : new KtavError('internal', 'internal', {}, { cause: error }) };
  }
}
