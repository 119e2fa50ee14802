// Writes a credit record into a copy of a picture: XMP as the master copy, IPTC-IIM in UTF-8
// (with its 1:90 coded-character-set marker, or ExifTool writes Hebrew as `?`) and EXIF
// Artist/Copyright/ImageDescription as compatibility copies for readers such as WordPress, and
// every GPS and location field removed. The three are written in agreement, as the MWG
// guidelines ask of a tool that changes metadata: EXIF:Artist as an MWG list, and the IPTC
// digest renewed so that MWG readers (Ktav's own, embeddedCredit.ts) trust XMP over the IIM
// copies cut to their byte limits. The original is never touched: the copy is made beside the
// output, written by ExifTool, then renamed into place. Export calls this on each rendition.
import { copyFile, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { ExifTool, type WriteTags } from 'exiftool-vendored';
import type { CreditFields } from '../../../shared/model/media.js';
import { fsyncDir } from '../storage/atomicWrite.js';

/** IIM datasets have byte limits (Credit, By-line, Source: 32; Copyright: 128; Caption: 2000). */
const IIM_LIMITS = { credit: 32, byline: 32, source: 32, copyright: 128, caption: 2000 } as const;

// Location: EXIF GPS, IPTC-IIM and XMP city/country, IPTC Extension locations.
const LOCATION_TAGS = [
  'GPS:all',
  'XMP-exif:all',
  'IPTC:City',
  'IPTC:Sub-location',
  'IPTC:Province-State',
  'IPTC:Country-PrimaryLocationCode',
  'IPTC:Country-PrimaryLocationName',
  'XMP-photoshop:City',
  'XMP-photoshop:State',
  'XMP-photoshop:Country',
  'XMP-iptcCore:Location',
  'XMP-iptcCore:CountryCode',
  'XMP-iptcExt:LocationCreated',
  'XMP-iptcExt:LocationShown',
] as const;

export interface CreditWriteOptions {
  /**
   * Writes IIM's Credit, By-line and Source whole, past the standard's byte limits (32 bytes is
   * 16 Hebrew letters). For a site that shows what it reads from IIM (WordPress's
   * `image_meta.credit`): a cut credit there is a wrong credit. ExifTool writes them with `-m`.
   */
  fullLengthIim?: boolean;
}

export class CreditWriter {
  private tool: ExifTool | null = null;

  /** ExifTool is a Perl process, started on first use and kept for the next writes. */
  private get exiftool(): ExifTool {
    return (this.tool ??= new ExifTool({ taskTimeoutMillis: 30_000 }));
  }

  /** Copies `input` to `output` with the credit embedded; `input` is left as it was. */
  async writeCreditedCopy(input: string, output: string, credit: CreditFields, options: CreditWriteOptions = {}): Promise<void> {
    const tmp = join(dirname(output), `.${basename(output)}.${randomBytes(4).toString('hex')}.tmp${extOf(output)}`);
    try {
      await copyFile(input, tmp);
      await this.exiftool.write(tmp, creditTags(credit, options), { writeArgs: options.fullLengthIim ? ['-overwrite_original', '-m'] : ['-overwrite_original'] });
      // In TIFF, ExifTool pads the IIM block to a multiple of 4 bytes after taking the digest
      // of the unpadded block, so the digest written with it does not match the stored IIM; a
      // second pass takes the digest of the block as stored.
      if (/\.tiff?$/i.test(tmp)) await this.exiftool.write(tmp, { 'Photoshop:IPTCDigest': 'new' } as WriteTags, { writeArgs: ['-overwrite_original'] });
      await rename(tmp, output);
    } catch (error) {
      await unlink(tmp).catch(() => undefined);
      throw error;
    }
    await fsyncDir(dirname(output));
  }

  async end(): Promise<void> {
    await this.tool?.end();
    this.tool = null;
  }
}

/** The ExifTool tags for a credit. Empty fields are deleted so an old value cannot linger. */
export function creditTags(c: CreditFields, options: CreditWriteOptions = {}): WriteTags {
  const v = (s: string) => (s.trim() === '' ? null : s.trim());
  const fit = (text: string, limit: number) => (options.fullLengthIim ? text.trim() : fitBytes(text, limit));
  const creators = c.creators.filter((x) => x.trim());
  const tags: Record<string, unknown> = {
    'IPTC:CodedCharacterSet': 'UTF8',
    // XMP: the master copy.
    'XMP-photoshop:Credit': v(c.creditLine),
    'XMP-dc:Creator': creators.length ? creators : null,
    'XMP-photoshop:Source': v(c.source),
    'XMP-dc:Rights': v(c.copyrightNotice),
    'XMP-plus:CopyrightOwnerName': c.copyrightOwner.trim() ? [c.copyrightOwner.trim()] : null,
    'XMP-xmpRights:UsageTerms': v(c.usageTerms),
    'XMP-xmpRights:WebStatement': v(c.webStatementUrl),
    'XMP-plus:LicensorName': c.licensor.name.trim() ? [c.licensor.name.trim()] : null,
    'XMP-plus:LicensorURL': c.licensor.url.trim() ? [c.licensor.url.trim()] : null,
    'XMP-iptcExt:DigitalSourceType': v(c.digitalSourceType),
    'XMP-dc:Description': v(c.caption),
    'XMP-iptcCore:AltTextAccessibility': v(c.altText),
    // IPTC-IIM: compatibility copy, cut to each dataset's byte limit on a character boundary.
    'IPTC:Credit': v(fit(c.creditLine, IIM_LIMITS.credit)),
    'IPTC:By-line': creators.length ? creators.map((x) => fit(x, IIM_LIMITS.byline)) : null,
    'IPTC:Source': v(fit(c.source, IIM_LIMITS.source)),
    'IPTC:CopyrightNotice': v(fit(c.copyrightNotice, IIM_LIMITS.copyright)),
    'IPTC:Caption-Abstract': v(fit(c.caption, IIM_LIMITS.caption)),
    // XMP and IIM now agree: the digest of the new IIM (only in files that have IIM).
    'Photoshop:IPTCDigest': 'new',
    // EXIF: what the oldest readers see, and what an MWG reader takes first when present.
    // Artist is an MWG list (ExifTool runs with -use MWG): "A; B", a name with "; " quoted.
    'EXIF:Artist': creators.length ? creators : null,
    'EXIF:Copyright': v(c.copyrightNotice),
    'EXIF:ImageDescription': v(c.caption),
  };
  for (const tag of LOCATION_TAGS) tags[tag] = null;
  return tags as WriteTags;
}

/** The longest prefix of `text` whose UTF-8 encoding fits in `limit` bytes. */
export function fitBytes(text: string, limit: number): string {
  const trimmed = text.trim();
  const encoder = new TextEncoder();
  if (encoder.encode(trimmed).length <= limit) return trimmed;
  let out = '';
  for (const ch of trimmed) {
    if (encoder.encode(out + ch).length > limit) break;
    out += ch;
  }
  return out.trim();
}

function extOf(path: string): string {
  const dot = path.lastIndexOf('.');
  return dot > path.lastIndexOf('/') ? path.slice(dot) : '';
}
