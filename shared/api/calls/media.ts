// Calls of the media library: import (file bytes as base64, size-limited), the list with its
// flags, credits for one or many pictures, templates, known credits and code replacements.
import { z } from 'zod';
import { call, noArgs } from '../define.js';
import type { ApiError } from '../errors.js';
import { codeTableSchema, type CodeTable } from '../../media/codeReplacements.js';
import type { CreditRegistry } from '../../media/creditRegistry.js';
import { metadataTemplateSchema, templateNameSchema, type MetadataTemplate } from '../../media/template.js';
import { CREDIT_FIELD_NAMES, creditPatchSchema, imageIdSchema, type MediaItem, type MediaRecord } from '../../model/media.js';

/** Largest picture the window may send: 80 MB, as base64 (4 characters per 3 bytes). */
export const MAX_IMPORT_BASE64 = Math.ceil((80 * 1024 * 1024) / 3) * 4;

/**
 * What importing one file came to: the record, or why it was refused. A refused file is a
 * failed item, not a failed call (the other files of a drop go on): `error` is
 * `{ code, message }` in the person's language, naming the file, as a failed call's would be.
 */
export type MediaImportResult =
  | { ok: true; file: string; record: MediaRecord; duplicate: boolean }
  | { ok: false; file: string; error: ApiError };

const ids = z.array(imageIdSchema).min(1).max(5000);
const modes = z.partialRecord(z.enum(CREDIT_FIELD_NAMES as [string, ...string[]]), z.enum(['replace', 'append']));

export const mediaCalls = {
  'media.list': call<MediaItem[]>()(noArgs),
  /** Picture records that could not be read when the repository opened; left on disk untouched. */
  'media.damaged': call<{ file: string; reason: string }[]>()(noArgs),
  'media.get': call<MediaRecord>()(z.object({ id: imageIdSchema }).strict()),
  'media.import': call<MediaImportResult>()(
    z
      .object({
        name: z.string().min(1).max(255),
        // Only the length here: a regular expression over 100 MB of text would stall main;
        // the characters are checked slice by slice while decoding (main/services/media/yielding.ts).
        data: z.string().max(MAX_IMPORT_BASE64),
      })
      .strict(),
  ),
  'media.applyCredit': call<MediaRecord[]>()(z.object({ ids, patch: creditPatchSchema, modes: modes.optional() }).strict()),
  'media.registry': call<CreditRegistry>()(noArgs),
  'media.mergeCredit': call<MediaRecord[]>()(
    z.object({ from: z.array(z.string().min(1).max(500)).min(1).max(50), into: z.string().trim().min(1).max(500) }).strict(),
  ),
  'media.templates': call<MetadataTemplate[]>()(noArgs),
  'media.saveTemplate': call<MetadataTemplate[]>()(z.object({ template: metadataTemplateSchema }).strict()),
  'media.deleteTemplate': call<MetadataTemplate[]>()(z.object({ name: templateNameSchema }).strict()),
  'media.applyTemplate': call<MediaRecord[]>()(z.object({ ids, name: templateNameSchema }).strict()),
  'media.codes': call<CodeTable>()(noArgs),
  'media.setCodes': call<CodeTable>()(z.object({ codes: codeTableSchema }).strict()),
} as const;
