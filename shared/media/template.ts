// Metadata templates (תבניות פרטים): saved sets of credit fields, each replacing or appending,
// applied to a selection or automatically to every picture imported.
import { z } from 'zod';
import { creditPatchSchema, CREDIT_FIELD_NAMES } from '../model/media.js';

export const templateNameSchema = z.string().trim().min(1).max(80);

export const metadataTemplateSchema = z
  .object({
    name: templateNameSchema,
    fields: creditPatchSchema,
    modes: z.partialRecord(z.enum(CREDIT_FIELD_NAMES as [string, ...string[]]), z.enum(['replace', 'append'])),
    /** Applied to every picture as it is imported. */
    onImport: z.boolean(),
  })
  .strict();
export type MetadataTemplate = z.infer<typeof metadataTemplateSchema>;
