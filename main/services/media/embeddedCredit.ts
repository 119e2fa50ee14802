// Reads the credit a file already carries: XMP first (the master copy, no length limits),
// then IPTC-IIM (decoded by exifreader with its coded character set honoured, so Hebrew from
// 1:90 = UTF-8 comes through; exifr would garble it), then EXIF Artist/Copyright.
import ExifReader from 'exifreader';
import type { CreditFields } from '../../../shared/model/media.js';

type Tag = { value?: unknown; description?: unknown } | undefined;
type Group = Record<string, Tag> | undefined;

/** The credit fields found in the file; fields it does not carry are absent. */
export function readEmbeddedCredit(bytes: Uint8Array): Partial<CreditFields> {
  let tags: ExifReader.ExpandedTags;
  try {
    tags = ExifReader.load(metadataPart(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)), { expanded: true });
  } catch {
    return {}; // no metadata at all, or a block exifreader cannot parse: the picture is still good
  }
  const xmp = tags.xmp as unknown as Group;
  const iptc = tags.iptc as unknown as Group;
  const exif = tags.exif as unknown as Group;
  const found: Partial<CreditFields> = {};
  const set = <K extends keyof CreditFields>(key: K, value: CreditFields[K] | undefined) => {
    if (value !== undefined && (typeof value !== 'string' || value !== '') && !(Array.isArray(value) && value.length === 0)) found[key] = value;
  };
  set('creditLine', str(xmp?.Credit) ?? str(iptc?.Credit));
  set('creators', list(xmp?.creator) ?? list(iptc?.['By-line']) ?? list(exif?.Artist));
  set('source', str(xmp?.Source) ?? str(iptc?.Source));
  set('copyrightNotice', str(xmp?.rights) ?? str(iptc?.['Copyright Notice']) ?? str(exif?.Copyright));
  set('copyrightOwner', structField(xmp?.CopyrightOwner, 'CopyrightOwnerName'));
  set('usageTerms', str(xmp?.UsageTerms));
  set('webStatementUrl', httpUrl(str(xmp?.WebStatement)));
  set('digitalSourceType', httpUrl(str(xmp?.DigitalSourceType)));
  set('caption', str(xmp?.description) ?? str(iptc?.['Caption/Abstract']) ?? str(exif?.ImageDescription));
  set('altText', str(xmp?.AltTextAccessibility));
  const licensorName = structField(xmp?.Licensor, 'LicensorName');
  const licensorUrl = httpUrl(structField(xmp?.Licensor, 'LicensorURL'));
  if (licensorName || licensorUrl) found.licensor = { name: licensorName ?? '', url: licensorUrl ?? '' };
  return found;
}

/**
 * A JPEG's metadata lives in the segments before its scan (SOS, FF DA); handing exifreader
 * only those keeps it from walking megabytes of picture data on the main thread. Other
 * formats keep metadata in chunks that may follow the pixels, so they are read whole.
 */
export function metadataPart(bytes: Buffer): Buffer {
  if (bytes.length < 4 || bytes[0] !== 0xff || bytes[1] !== 0xd8) return bytes;
  let at = 2;
  while (at + 4 <= bytes.length && bytes[at] === 0xff) {
    const marker = bytes[at + 1]!;
    if (marker === 0xda) return Buffer.concat([bytes.subarray(0, at), Buffer.from([0xff, 0xd9])]);
    if (marker === 0xff) {
      at += 1; // fill byte
      continue;
    }
    at += 2 + bytes.readUInt16BE(at + 2);
  }
  return bytes; // not a well-formed segment chain: let exifreader see everything
}

// A single value, a language alternative (first entry, normally x-default) or a one-item list.
function str(tag: Tag): string | undefined {
  if (!tag) return undefined;
  const value = tag.value;
  if (typeof value === 'string') return clean(value);
  if (Array.isArray(value) && value.length > 0) {
    const first = value[0] as unknown;
    if (typeof first === 'string') return clean(first);
    if (first && typeof first === 'object' && 'value' in first && typeof first.value === 'string') return clean(first.value);
  }
  return typeof tag.description === 'string' ? clean(tag.description) : undefined;
}

function list(tag: Tag): string[] | undefined {
  if (!tag) return undefined;
  const value = tag.value;
  if (Array.isArray(value)) {
    const items = value
      .map((v: unknown) => (typeof v === 'string' ? v : v && typeof v === 'object' && 'value' in v ? String(v.value) : ''))
      .map(clean)
      .filter(Boolean);
    // IIM By-line arrives as the bytes of one value; its description is the decoded text.
    if (items.length > 0 && value.every((v) => typeof v !== 'number')) return items;
  }
  const one = typeof tag.description === 'string' ? clean(tag.description) : '';
  return one ? [one] : undefined;
}

function structField(tag: Tag, field: string): string | undefined {
  const items = tag?.value;
  if (!Array.isArray(items)) return undefined;
  for (const item of items as Record<string, Tag>[]) {
    const v = str(item?.[field]);
    if (v) return v;
  }
  return undefined;
}

function httpUrl(value: string | undefined): string | undefined {
  return value && /^https?:\/\/\S+$/i.test(value) ? value : undefined;
}

function clean(value: string): string {
  // IIM values may be padded with NUL bytes.
  // eslint-disable-next-line no-control-regex
  return value.replace(/\u0000+$/, '').trim();
}
