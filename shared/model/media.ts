// A picture in the repository and its credit record.
// The record is stored beside the original bytes in `<repo>/media/<sha256>.json`; the credit
// fields are what every export (caption, JSON-LD, manifest, embedded metadata) reads.
import { z } from 'zod';
import { RIGHTS_CATEGORIES } from './rightsCategory.js';

/** A picture is named by the SHA-256 of its bytes: the same file twice is one record. */
export const imageIdSchema = z.string().regex(/^[a-f0-9]{64}$/, 'not an image id');
export type ImageId = z.infer<typeof imageIdSchema>;

export const IMAGE_FORMATS = ['jpeg', 'png', 'webp', 'avif', 'heif', 'tiff'] as const;
export type ImageFormat = (typeof IMAGE_FORMATS)[number];

/** Rights categories after the Guardian's Grid (UsageRights.scala), in the newsroom's words. */
export { RIGHTS_CATEGORIES, type RightsCategory } from './rightsCategory.js';

/** A calendar date, `YYYY-MM-DD`, that really exists. */
export const isoDateSchema = z.iso.date();

const text = z.string().max(2000);
const shortText = z.string().max(500);
const url = z.union([z.literal(''), z.url({ protocol: /^https?$/ }).max(2000)]);

/** Every field a photo editor can tag. Empty string means "not given". */
export const creditFieldsSchema = z.object({
  creditLine: shortText,
  creators: z.array(shortText).max(20),
  source: shortText,
  copyrightNotice: shortText,
  copyrightOwner: shortText,
  usageTerms: text,
  webStatementUrl: url,
  licensor: z.object({ name: shortText, url }),
  digitalSourceType: url,
  caption: text,
  altText: text,
  // Kept inside Ktav only.
  rightsCategory: z.union([z.literal(''), z.enum(RIGHTS_CATEGORIES)]),
  restrictions: text,
  validUntil: z.union([z.literal(''), isoDateSchema]),
  supplierRef: shortText,
});
export type CreditFields = z.infer<typeof creditFieldsSchema>;
export type CreditFieldName = keyof CreditFields;
export const CREDIT_FIELD_NAMES = Object.keys(creditFieldsSchema.shape) as CreditFieldName[];

/** A partial credit: the fields a panel, a template or `ktav media credit` sets. */
export const creditPatchSchema = creditFieldsSchema.partial().strict();
export type CreditPatch = z.infer<typeof creditPatchSchema>;

export function emptyCredit(): CreditFields {
  return {
    creditLine: '',
    creators: [],
    source: '',
    copyrightNotice: '',
    copyrightOwner: '',
    usageTerms: '',
    webStatementUrl: '',
    licensor: { name: '', url: '' },
    digitalSourceType: '',
    caption: '',
    altText: '',
    rightsCategory: '',
    restrictions: '',
    validUntil: '',
    supplierRef: '',
  };
}

/** The whole file `<repo>/media/<sha256>.json`. */
export interface MediaRecord {
  format: 1;
  id: ImageId;
  /** Extension of the stored original and its thumbnail: `media/<id>.<ext>`, `media/<id>.thumb.<thumbExt>`. */
  ext: string;
  thumbExt: string;
  mime: string;
  width: number;
  height: number;
  bytes: number;
  /** The file's name when it was first imported (for people; the id is what counts). */
  originalName: string;
  importedAt: string;
  updatedAt: string;
  credit: CreditFields;
  /** What was embedded in the file when it came in, as read; kept so nothing is lost. */
  embedded: Partial<CreditFields>;
}

/** A record as the library lists it, with what the screens flag. */
export interface MediaItem extends MediaRecord {
  /** Ids of the articles whose figures show this picture. */
  usedIn: string[];
  flags: MediaFlags;
}

export interface MediaFlags {
  uncredited: boolean;
  noAlt: boolean;
  expired: boolean;
}

/** Today's date as `YYYY-MM-DD` in the local calendar, the way a photo editor reads a date. */
export function localDate(now: Date = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}

/** Rights valid until a date are good through that whole day. */
export function rightsExpired(credit: Pick<CreditFields, 'validUntil'>, today: string = localDate()): boolean {
  return credit.validUntil !== '' && credit.validUntil < today;
}

export function mediaFlags(credit: CreditFields, today: string = localDate()): MediaFlags {
  return {
    uncredited: credit.creditLine.trim() === '',
    noAlt: credit.altText.trim() === '',
    expired: rightsExpired(credit, today),
  };
}
