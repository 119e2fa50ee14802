// The credit panel's form as plain data: the text a person sees in each field, which fields
// they touched, and the patch that touching them means. Kept apart from React so the rules
// (only touched fields are applied; several photographers separated by commas) are in one place.
import { z } from 'zod';
import { isoDateSchema, type CreditFields, type CreditPatch, type MediaRecord } from '../../../shared/model/media';

const FORM_FIELDS = [
  'creditLine',
  'creators',
  'source',
  'copyrightNotice',
  'copyrightOwner',
  'caption',
  'altText',
  'rightsCategory',
  'validUntil',
  'restrictions',
  'usageTerms',
  'webStatementUrl',
  'licensorName',
  'licensorUrl',
  'digitalSourceType',
  'supplierRef',
] as const;
export type FormField = (typeof FORM_FIELDS)[number];
export type FormValues = Record<FormField, string>;

/** Fields where "append" makes sense (text that can grow); the rest always replace. */
export const APPENDABLE: readonly FormField[] = ['creators', 'caption', 'restrictions', 'usageTerms'];
const URL_FIELDS: readonly FormField[] = ['webStatementUrl', 'licensorUrl'];

function valuesOf(c: CreditFields): FormValues {
  return {
    creditLine: c.creditLine,
    creators: c.creators.join(', '),
    source: c.source,
    copyrightNotice: c.copyrightNotice,
    copyrightOwner: c.copyrightOwner,
    caption: c.caption,
    altText: c.altText,
    rightsCategory: c.rightsCategory,
    validUntil: c.validUntil,
    restrictions: c.restrictions,
    usageTerms: c.usageTerms,
    webStatementUrl: c.webStatementUrl,
    licensorName: c.licensor.name,
    licensorUrl: c.licensor.url,
    digitalSourceType: c.digitalSourceType,
    supplierRef: c.supplierRef,
  };
}

/** What the form shows for a selection: shared values, and which fields differ between pictures. */
export function formFor(records: MediaRecord[]): { values: FormValues; mixed: Set<FormField> } {
  const all = records.map((r) => valuesOf(r.credit));
  const values = { ...all[0]! };
  const mixed = new Set<FormField>();
  for (const field of FORM_FIELDS) {
    if (all.some((v) => v[field] !== all[0]![field])) {
      mixed.add(field);
      values[field] = '';
    }
  }
  return { values, mixed };
}

const url = z.url({ protocol: /^https?$/ });

/** The message key of what is wrong with a field's text, or null. */
export function fieldError(field: FormField, value: string): string | null {
  if (value.trim() === '') return null;
  if (URL_FIELDS.includes(field) && !url.safeParse(value.trim()).success) return 'media.panel.invalidUrl';
  if (field === 'validUntil' && !isoDateSchema.safeParse(value).success) return 'media.panel.invalidDate';
  return null;
}

/** The patch for the touched fields. */
export function patchFrom(values: FormValues, touched: Set<FormField>): CreditPatch {
  const patch: Record<string, unknown> = {};
  for (const field of touched) {
    const v = values[field].trim();
    if (field === 'creators') patch.creators = v.split(/[,،]/).map((s) => s.trim()).filter(Boolean);
    else if (field === 'licensorName' || field === 'licensorUrl') {
      patch.licensor = { name: values.licensorName.trim(), url: values.licensorUrl.trim() };
    } else patch[field] = v;
  }
  return patch as CreditPatch;
}
