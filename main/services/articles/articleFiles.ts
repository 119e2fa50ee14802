// Article files on disk: reading one (parsed and checked) and writing one atomically and durably
// through lowdb, remembering the SHA-256 of the exact bytes Ktav last read or wrote, so a change
// made by another program is noticed (./conflicts.ts). The text itself is kept for the articles
// read or written last, so a save based on it can be merged with a file a sync changed since.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { Low } from 'lowdb';
import { KtavError, Phrase } from '../../../shared/api/errors.js';
import { articleFileSchema, type ArticleFile } from '../../../shared/model/article.js';
import { DurableJSONFile } from '../storage/durableJsonFile.js';
import { ioReason } from '../storage/ioReason.js';
import type { RepositoryLayout } from '../repository.js';

export class ArticleFiles {
  /** SHA-256 of each article file as Ktav last read or wrote it. */
  private readonly known = new Map<string, string>();
  /** The file as last read or written, for the few articles open in a window (oldest dropped first). */
  private readonly knownFiles = new Map<string, ArticleFile>();

  constructor(private readonly layout: RepositoryLayout) {}

  /** Reads and checks an article; `remember: false` leaves what Ktav knows of its bytes as it was. */
  async read(id: string, remember = true): Promise<ArticleFile> {
    let text: string;
    try {
      text = await readFile(this.layout.articleFile(id), 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new KtavError('not-found', 'articleNotFound', { id });
      throw new KtavError('io', 'readFailed', { details: ioReason(error) }, { cause: error });
    }
    const file = `${id}.json`;
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch (error) {
      throw new KtavError('invalid-document', 'invalidDocument', { details: new Phrase('notJson', { file }) }, { cause: error });
    }
    const parsed = articleFileSchema.safeParse(raw);
    if (!parsed.success) {
      const field = parsed.error.issues[0]?.path.join('.') || '(root)';
      throw new KtavError('invalid-document', 'invalidDocument', { details: new Phrase('badField', { file, field }) }, { cause: parsed.error });
    }
    if (remember) {
      this.known.set(id, sha256(text));
      this.keepFile(parsed.data);
    }
    return parsed.data;
  }

  /** Writes an article file through lowdb and the durable adapter, and remembers its bytes. */
  async write(file: ArticleFile): Promise<void> {
    // A fresh Low per write: the file on disk, not a cached copy, is the truth between saves.
    const adapter = new DurableJSONFile<ArticleFile>(this.layout.articleFile(file.id));
    const db = new Low<ArticleFile>(adapter, file);
    await db.write();
    this.known.set(file.id, sha256(adapter.serialize(file)));
    this.keepFile(file);
  }

  /** The file as Ktav last read or wrote it, if it is still kept. */
  knownFile(id: string): ArticleFile | undefined {
    return this.knownFiles.get(id);
  }

  private keepFile(file: ArticleFile): void {
    this.knownFiles.delete(file.id);
    this.knownFiles.set(file.id, file);
    if (this.knownFiles.size > KNOWN_FILES) this.knownFiles.delete(this.knownFiles.keys().next().value!);
  }

  /** `write`, a failure told as a failed save. */
  async save(file: ArticleFile): Promise<void> {
    try {
      await this.write(file);
    } catch (error) {
      throw new KtavError('io', 'writeFailed', { details: ioReason(error) }, { cause: error });
    }
  }

  /** What Ktav knows of the file's bytes, to compare with after reading it again. */
  knownBytes(id: string): string | undefined {
    return this.known.get(id);
  }

  /** Puts back what was known of the file's bytes and text (`undefined`: nothing). */
  setKnown(id: string, bytes: string | undefined, file?: ArticleFile): void {
    if (bytes === undefined) this.known.delete(id);
    else this.known.set(id, bytes);
    if (file === undefined) this.knownFiles.delete(id);
    else this.keepFile(file);
  }
}

/** How many articles' text is kept for merging: more than a person has open at once. */
const KNOWN_FILES = 16;

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
