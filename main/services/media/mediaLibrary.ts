// The media library: pictures stored by the SHA-256 of their bytes (`media/<sha>.<ext>`,
// never modified), a thumbnail beside each, and a credit record (`media/<sha>.json`).
// Import reads what the file already carries and pre-fills the credit from it; a bad file is
// refused with a message naming it and leaves everything else as it was.
import { readdir, readFile, stat, unlink } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { KtavError } from '../../../shared/api/errors.js';
import { applyCreditPatch, type PatchModes } from '../../../shared/media/creditPatch.js';
import { buildRegistry, mergeSpellings, type CreditRegistry } from '../../../shared/media/creditRegistry.js';
import type { MetadataTemplate } from '../../../shared/media/template.js';
import { emptyCredit, mediaFlags, type CreditPatch, type MediaItem, type MediaRecord } from '../../../shared/model/media.js';
import { atomicWrite } from '../storage/atomicWrite.js';
import { WriteGate } from '../storage/writeGate.js';
import { ioReason } from '../storage/ioReason.js';
import { sharedCreditReader, type EmbeddedCreditReader } from './embeddedCredit.js';
import type { HeifDecodeError } from './heifDecoder.js';
import { probeImage } from './imageProbe.js';
import { readMediaRecord, writeMediaRecord } from './mediaRecordFile.js';
import { makeThumbnail, THUMB_EXT } from './thumbnail.js';
import { sha256Hex } from './yielding.js';

/** One picture's import: its record, or why it was refused (a KtavError naming the file, not thrown). */
export type ImportOutcome =
  | { ok: true; record: MediaRecord; duplicate: boolean }
  | { ok: false; file: string; error: KtavError };

export interface MediaLibraryOptions {
  mediaDir: string;
  /** Ids of the pictures each article shows, for "used in" and the expired-rights flag. */
  usage?: () => Promise<Map<string, string[]>>;
  /** Templates applied to every imported picture. */
  importTemplates?: () => Promise<MetadataTemplate[]>;
  now?: () => Date;
  /** The repository's write gate, held by a sync while it merges (../storage/writeGate.ts). */
  gate?: WriteGate;
  /** Reads the metadata a picture carries (ExifTool); the process-wide one if not given. */
  credits?: EmbeddedCreditReader;
}

const RECORD_FILE = /^([a-f0-9]{64})\.json$/;

export class MediaLibrary {
  private readonly records = new Map<string, MediaRecord>();
  /** Imports of the same bytes at the same time become one. */
  private readonly importing = new Map<string, Promise<ImportOutcome>>();
  private readonly now: () => Date;
  private readonly gate: WriteGate;
  private readonly credits: EmbeddedCreditReader;

  constructor(private readonly options: MediaLibraryOptions) {
    this.now = options.now ?? (() => new Date());
    this.gate = options.gate ?? new WriteGate();
    this.credits = options.credits ?? sharedCreditReader;
  }

  /** Reads every record; damaged ones are reported and left on disk untouched. */
  async open(): Promise<{ damaged: { file: string; reason: string }[] }> {
    const damaged: { file: string; reason: string }[] = [];
    for (const name of await readdir(this.options.mediaDir)) {
      if (!RECORD_FILE.test(name)) continue;
      try {
        const record = await readMediaRecord(join(this.options.mediaDir, name));
        this.records.set(record.id, record);
      } catch (error) {
        damaged.push({ file: join(this.options.mediaDir, name), reason: (error as Error).message });
      }
    }
    return { damaged };
  }

  /** Takes in records a sync wrote or removed (`media/<id>.json`). */
  async refresh(ids: readonly string[]): Promise<void> {
    for (const id of ids) {
      try {
        this.records.set(id, await readMediaRecord(this.recordPath(id)));
      } catch (error) {
        // Removed: forgotten. Damaged: the old record stays until the library next opens and reports it.
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') this.records.delete(id);
      }
    }
  }

  originalPath(record: Pick<MediaRecord, 'id' | 'ext'>): string {
    return join(this.options.mediaDir, `${record.id}.${record.ext}`);
  }

  thumbnailPath(record: Pick<MediaRecord, 'id' | 'thumbExt'>): string {
    return join(this.options.mediaDir, `${record.id}.thumb.${record.thumbExt}`);
  }

  /**
   * Imports files from disk one after another; each outcome names its file. The next file is
   * read while the current one is imported, so the disk and the decoder work at the same time.
   */
  async importFiles(paths: string[]): Promise<ImportOutcome[]> {
    const out: ImportOutcome[] = [];
    const read = (path: string) => readWhole(path).catch((error: Error) => error);
    let next = paths.length > 0 ? read(paths[0]!) : null;
    for (const [i, path] of paths.entries()) {
      const bytes = await next!;
      next = i + 1 < paths.length ? read(paths[i + 1]!) : null;
      if (bytes instanceof Error) {
        out.push({ ok: false, file: path, error: new KtavError('io', 'media:unreadableFile', { file: path, details: ioReason(bytes) }, { cause: bytes }) });
        continue;
      }
      out.push(await this.importBytes(basename(path), bytes));
    }
    return out;
  }

  /** Imports one picture's bytes. Never throws for a bad file: it says why in the outcome. */
  async importBytes(name: string, bytes: Uint8Array): Promise<ImportOutcome> {
    const id = await sha256Hex(bytes);
    const existing = this.records.get(id);
    if (existing) return { ok: true, record: existing, duplicate: true };
    const running = this.importing.get(id);
    if (running) return running.then((o) => (o.ok ? { ...o, duplicate: true } : o));
    const work = this.importNew(id, name, bytes).finally(() => this.importing.delete(id));
    this.importing.set(id, work);
    return work;
  }

  private importNew(id: string, name: string, bytes: Uint8Array): Promise<ImportOutcome> {
    return this.gate.enter(() => this.storeNew(id, name, bytes));
  }

  private async storeNew(id: string, name: string, bytes: Uint8Array): Promise<ImportOutcome> {
    let probed;
    try {
      probed = await probeImage(bytes, name);
    } catch (error) {
      if (error instanceof KtavError) return { ok: false, file: name, error };
      throw error;
    }
    const original = this.originalPath({ id, ext: probed.ext });
    const thumbnail = this.thumbnailPath({ id, thumbExt: THUMB_EXT });
    // The original's durable write, then ExifTool reading its metadata from it (in its own
    // process), overlap the decode and the thumbnail's write; if the decode finds the file
    // damaged, the stored copy is removed again (no record points at it yet).
    const [thumbed, stored] = await Promise.allSettled([
      makeThumbnail(bytes, probed.mime).then(
        (thumb) => atomicWrite(thumbnail, thumb),
        (error: unknown) => Promise.reject(decodeRefusal(name, error)),
      ),
      atomicWrite(original, bytes).then(() => this.credits.read(original)),
    ]);
    if (thumbed.status === 'rejected' || stored.status === 'rejected') {
      if (stored.status === 'fulfilled') await unlink(original).catch(() => undefined);
      if (thumbed.status === 'fulfilled') await unlink(thumbnail).catch(() => undefined);
      const reason: unknown = thumbed.status === 'rejected' ? thumbed.reason : (stored as PromiseRejectedResult).reason;
      if (reason instanceof KtavError) return { ok: false, file: name, error: reason };
      throw reason;
    }
    const embedded = stored.value;
    let credit = { ...emptyCredit(), ...embedded };
    for (const t of (await this.options.importTemplates?.()) ?? []) credit = applyCreditPatch(credit, t.fields, t.modes as PatchModes);
    const at = this.now().toISOString();
    const record: MediaRecord = {
      format: 1,
      id,
      ext: probed.ext,
      thumbExt: THUMB_EXT,
      mime: probed.mime,
      width: probed.width,
      height: probed.height,
      bytes: bytes.length,
      originalName: name,
      importedAt: at,
      updatedAt: at,
      credit,
      embedded,
    };
    // The record last: a record on disk means a complete picture.
    await writeMediaRecord(this.recordPath(id), record);
    this.records.set(id, record);
    return { ok: true, record, duplicate: false };
  }

  get(id: string): MediaRecord {
    const record = this.records.get(id);
    if (!record) throw new KtavError('not-found', 'media:imageNotFound', { id });
    return record;
  }

  has(id: string): boolean {
    return this.records.has(id);
  }

  all(): MediaRecord[] {
    return [...this.records.values()];
  }

  /** Every picture, newest import first, with where it is used and what it lacks. */
  async list(today?: string): Promise<MediaItem[]> {
    const usage = (await this.options.usage?.()) ?? new Map<string, string[]>();
    return this.all()
      .sort((a, b) => b.importedAt.localeCompare(a.importedAt) || a.originalName.localeCompare(b.originalName))
      .map((r) => ({ ...r, usedIn: usage.get(r.id) ?? [], flags: mediaFlags(r.credit, today) }));
  }

  /**
   * Applies the same fields to every named picture in one action. All ids are checked first:
   * one unknown id refuses the whole batch, so nothing is half-applied by mistake.
   */
  async applyCredit(ids: string[], patch: CreditPatch, modes: PatchModes = {}): Promise<MediaRecord[]> {
    const targets = [...new Set(ids)].map((id) => this.get(id));
    const out: MediaRecord[] = [];
    for (const record of targets) out.push(await this.replaceCredit(record, (credit) => applyCreditPatch(credit, patch, modes)));
    return out;
  }

  registry(): CreditRegistry {
    return buildRegistry(this.all().map((r) => r.credit));
  }

  /** Merges spellings of one credit: every picture that used any of `from` now says `into`. */
  async mergeCredit(from: string[], into: string): Promise<MediaRecord[]> {
    const changed: MediaRecord[] = [];
    for (const record of this.all()) {
      if (mergeSpellings(record.credit, from, into.trim())) changed.push(await this.replaceCredit(record, (credit) => mergeSpellings(credit, from, into.trim()) ?? credit));
    }
    return changed;
  }

  /** `change` is applied to the record as it is when the write may start: a sync may have brought another field's change meanwhile. */
  private replaceCredit(record: MediaRecord, change: (credit: MediaRecord['credit']) => MediaRecord['credit']): Promise<MediaRecord> {
    return this.gate.enter(async () => {
      const current = this.records.get(record.id) ?? record;
      const next: MediaRecord = { ...current, credit: change(current.credit), updatedAt: this.now().toISOString() };
      await writeMediaRecord(this.recordPath(record.id), next);
      this.records.set(record.id, next);
      return next;
    });
  }

  private recordPath(id: string): string {
    return join(this.options.mediaDir, `${id}.json`);
  }
}

/** Why a picture that passed the probe did not decode: damaged, unless libheif said otherwise. */
function decodeRefusal(file: string, error: unknown): KtavError {
  if (error instanceof Error && error.name === 'HeifDecodeError' && !(error as HeifDecodeError).damaged) {
    return new KtavError('invalid-arguments', 'media:cannotDecode', { file, format: 'HEIF', details: error.message }, { cause: error });
  }
  return new KtavError('invalid-arguments', 'media:damagedImage', { file }, { cause: error });
}

async function readWhole(path: string): Promise<Buffer> {
  if (!(await stat(path)).isFile()) throw Object.assign(new Error(`${path} is not a file`), { code: 'EISDIR' });
  return readFile(path);
}
