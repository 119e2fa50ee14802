// One picture's record on disk, `<repo>/media/<sha256>.json`, read leniently (a damaged record
// is reported, not fatal) and written atomically.
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { creditFieldsSchema, imageIdSchema, type MediaRecord } from '../../../shared/model/media.js';
import { atomicWrite } from '../storage/atomicWrite.js';

const recordSchema = z
  .object({
    format: z.literal(1),
    id: imageIdSchema,
    ext: z.string().regex(/^[a-z0-9]{2,5}$/),
    thumbExt: z.string().regex(/^[a-z0-9]{2,5}$/),
    mime: z.string(),
    width: z.number().int().positive(),
    height: z.number().int().positive(),
    bytes: z.number().int().positive(),
    originalName: z.string(),
    importedAt: z.string(),
    updatedAt: z.string(),
    credit: creditFieldsSchema,
    embedded: creditFieldsSchema.partial(),
  })
  .passthrough();

export async function readMediaRecord(path: string): Promise<MediaRecord> {
  return recordSchema.parse(JSON.parse(await readFile(path, 'utf8'))) as MediaRecord;
}

export async function writeMediaRecord(path: string, record: MediaRecord): Promise<void> {
  await atomicWrite(path, `${JSON.stringify(record, null, 1)}\n`);
}
