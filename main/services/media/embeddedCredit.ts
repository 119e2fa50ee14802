// Reads the credit a picture already carries, through ExifTool, reconciling EXIF, IPTC-IIM and
// XMP as the Metadata Working Group's Guidelines for Handling Image Metadata 2.0 say.
//
// Creator, copyright and description are ExifTool's own MWG composite tags (`-use MWG`,
// MWG:Creator, MWG:Copyright, MWG:Description), which apply the guidelines' reading rule:
//   1. EXIF (Artist, Copyright, ImageDescription) when it is there and not blank. EXIF has no
//      checksum, so MWG takes it as what the last tool wrote; EXIF:Artist is an MWG list
//      ("A; B", a value with "; " in double quotes).
//   2. Otherwise XMP, unless IPTC-IIM exists and the IPTC digest a tool stored when it last
//      synchronised XMP with IIM (Photoshop:IPTCDigest) differs from the digest of the IIM as it
//      is now (File:CurrentIPTCDigest): then the IIM was changed by a tool that did not update
//      XMP, and IIM wins. IIM cut at its dataset's byte limit is taken whole from XMP.
//   No digest stored: XMP wins over IIM.
// Credit and Source have no EXIF field and no MWG composite; they get the same IIM/XMP rule
// here (`xmpOrIim`). The fields only XMP has (alt text, licensor, usage terms…) come from XMP.
//
// Strict MWG mode (on with `-use MWG`) ignores IPTC outside its standard place, such as the IPTC
// a FotoStation or other trailer keeps. When ExifTool says it ignored some, a second ExifTool
// without MWG reads it, and it fills only the fields the standard places left empty.
//
// Character sets: XMP is Unicode (ExifTool reads UTF-8, UTF-16 and UTF-32 packets). IIM marked
// UTF-8 (1:90 = ESC % G) is decoded as UTF-8. IIM without that marker is, by the IIM standard,
// ASCII, and ExifTool would read its upper half as Windows Latin 1, which turns Hebrew into
// "×“×•" junk. Hebrew IIM without the marker is UTF-8 in practice (many tools leave the marker
// out) or, from older Hebrew Windows tools, Windows-1255. So ExifTool is told `-charset
// iptc=UTF8`: valid UTF-8 comes through as is, and anything that is not valid UTF-8 comes back
// as raw bytes (`-b` gives them as "base64:…") that `legacyText` decodes as Windows-1255 when
// they look like Hebrew, else as Windows-1252.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { ExifTool } from 'exiftool-vendored';
import type { CreditFields } from '../../../shared/model/media.js';

/** What a file says about itself: its credit fields (absent when not carried) and whether it has GPS. */
export interface EmbeddedMetadata {
  credit: Partial<CreditFields>;
  hasLocation: boolean;
}

type Raw = Record<string, unknown>;

const COMMON_ARGS = [
  // Keys as Group:Tag. With family 4 as well, a second tag of the same name gets Group:CopyN:Tag
  // instead of being left out (the second of two warnings); `ungrouped` takes CopyN out again.
  '-G1:4',
  '-b', // a value that is not valid UTF-8 comes as "base64:…" instead of with "?" in its place
  '-charset',
  'iptc=UTF8',
  '-api',
  'StructFormat=JSONQ', // numbers as strings: a credit "1.50" stays "1.50"
];

const MWG_TAGS = [
  'MWG:Creator',
  'MWG:Copyright',
  'MWG:Description',
  'XMP-photoshop:Credit',
  'IPTC:Credit',
  'XMP-photoshop:Source',
  'IPTC:Source',
  'File:CurrentIPTCDigest',
  'Photoshop:IPTCDigest',
  'XMP-plus:CopyrightOwnerName',
  'XMP-xmpRights:UsageTerms',
  'XMP-xmpRights:WebStatement',
  'XMP-iptcExt:DigitalSourceType#', // the URI itself, not ExifTool's description of it
  'XMP-iptcCore:AltTextAccessibility',
  'XMP-plus:LicensorName',
  'XMP-plus:LicensorURL',
  'GPS:all',
  'XMP-exif:GPSLatitude',
  'XMP-exif:GPSLongitude',
  'ExifTool:Warning',
  'ExifTool:Error',
];

const IIM_TAGS = ['IPTC:By-line', 'IPTC:CopyrightNotice', 'IPTC:Caption-Abstract', 'IPTC:Credit', 'IPTC:Source'];

/** IIM dataset byte limits, for telling a value cut at its limit (By-line etc. are ExifTool's). */
const IIM_LIMIT = { credit: 32, source: 32 } as const;

export class EmbeddedCreditReader {
  private mwg: ExifTool | null = null;
  private plain: ExifTool | null = null;

  /**
   * ExifTool is a Perl process, started on first use and kept (`-stay_open`) for the next
   * reads, as the credit writer's. One process: import reads one picture at a time.
   */
  private get mwgTool(): ExifTool {
    return (this.mwg ??= new ExifTool({ taskTimeoutMillis: 30_000, maxProcs: 1, useMWG: true }));
  }

  /** Never given `-use MWG` (its strict mode stays for the life of a process): reads IPTC anywhere. */
  private get plainTool(): ExifTool {
    return (this.plain ??= new ExifTool({ taskTimeoutMillis: 30_000, maxProcs: 1, useMWG: false }));
  }

  /** The credit fields of the picture at `path`; `{}` when ExifTool cannot read it (the picture is still good). */
  async read(path: string): Promise<Partial<CreditFields>> {
    try {
      return (await this.readMetadata(path)).credit;
    } catch {
      return {};
    }
  }

  /** The credit and location of the picture at `path`; throws when ExifTool cannot read the file. */
  async readMetadata(path: string): Promise<EmbeddedMetadata> {
    const raw = (await this.mwgTool.readRaw(path, { readArgs: [...COMMON_ARGS, ...MWG_TAGS.map((t) => `-${t}`)] })) as Raw;
    let outside: Raw | undefined;
    if (ignoredIptc(raw)) {
      const more = await this.plainTool.readRaw(path, { readArgs: [...COMMON_ARGS, ...IIM_TAGS.map((t) => `-${t}`)] }).catch(() => undefined);
      outside = more && ungrouped(more as Raw);
    }
    const tags = ungrouped(raw);
    const found = { credit: reconcile(tags, outside), hasLocation: Object.keys(tags).some((k) => /^GPS:|^XMP-exif:GPS/.test(k)) };
    // An error with nothing read (not a picture ExifTool knows); with something read, what was read counts.
    const error = tags['ExifTool:Error'];
    if (typeof error === 'string' && Object.keys(found.credit).length === 0 && !found.hasLocation) throw new Error(error);
    return found;
  }

  /** The same for a picture given as bytes (a packaged file): written to a private temporary folder first. */
  async readBytes(bytes: Uint8Array, name: string): Promise<EmbeddedMetadata> {
    const dir = await mkdtemp(join(tmpdir(), 'ktav-read-'));
    try {
      const path = join(dir, `picture${extname(name).toLowerCase()}`);
      await writeFile(path, bytes);
      return await this.readMetadata(path);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }

  async end(): Promise<void> {
    const tools = [this.mwg, this.plain];
    this.mwg = this.plain = null;
    await Promise.all(tools.map((t) => t?.end()));
  }
}

/** For users of the media library that do not bring their own reader (tests, benches, `ktav verify`). */
export const sharedCreditReader = new EmbeddedCreditReader();

/**
 * The credit from ExifTool's answer (`tags`, read with `-use MWG`) and, when it ignored IPTC
 * outside the standard place, that IPTC (`outside`, read without MWG).
 */
export function reconcile(tags: Raw, outside?: Raw): Partial<CreditFields> {
  const iim = outside ? nonStandardIim(outside) : {};
  const found: Partial<CreditFields> = {};
  const set = <K extends keyof CreditFields>(key: K, value: CreditFields[K] | undefined) => {
    if (value !== undefined && value !== '' && !(Array.isArray(value) && value.length === 0)) found[key] = value;
  };
  const digests = { current: one(tags['File:CurrentIPTCDigest']), stored: one(tags['Photoshop:IPTCDigest']) };
  set('creditLine', xmpOrIim(one(tags['XMP-photoshop:Credit']), one(tags['IPTC:Credit']), digests, IIM_LIMIT.credit) ?? one(iim.Credit));
  set('creators', nonEmptyList(tags['MWG:Creator']) ?? nonEmptyList(iim['By-line']));
  set('source', xmpOrIim(one(tags['XMP-photoshop:Source']), one(tags['IPTC:Source']), digests, IIM_LIMIT.source) ?? one(iim.Source));
  set('copyrightNotice', one(tags['MWG:Copyright']) ?? one(iim.CopyrightNotice));
  set('copyrightOwner', one(tags['XMP-plus:CopyrightOwnerName']));
  set('usageTerms', one(tags['XMP-xmpRights:UsageTerms']));
  set('webStatementUrl', httpUrl(one(tags['XMP-xmpRights:WebStatement'])));
  set('digitalSourceType', httpUrl(one(tags['XMP-iptcExt:DigitalSourceType'])));
  set('caption', one(tags['MWG:Description']) ?? one(iim['Caption-Abstract']));
  set('altText', one(tags['XMP-iptcCore:AltTextAccessibility']));
  const licensorName = one(tags['XMP-plus:LicensorName']);
  const licensorUrl = httpUrl(one(tags['XMP-plus:LicensorURL']));
  if (licensorName || licensorUrl) found.licensor = { name: licensorName ?? '', url: licensorUrl ?? '' };
  return found;
}

/**
 * The MWG rule for a field kept in both IIM and XMP, as ExifTool's composites apply it: XMP
 * when there is no IIM, or no stored digest, or the digests agree; otherwise (IIM changed
 * behind XMP's back) IIM, unless IIM is XMP cut at the dataset's byte limit.
 */
export function xmpOrIim(xmp: string | undefined, iim: string | undefined, digest: { current?: string; stored?: string }, limit: number): string | undefined {
  if (digest.current === undefined || (xmp !== undefined && (digest.stored === undefined || digest.current === digest.stored))) return xmp;
  if (iim !== undefined && xmp !== undefined && Buffer.byteLength(iim) === limit && Buffer.from(xmp).subarray(0, limit).equals(Buffer.from(iim))) return xmp;
  return iim;
}

/** `Group:CopyN:Tag` as `Group:Tag` (the first of a group's same-named tags is kept). */
function ungrouped(tags: Raw): Raw {
  const out: Raw = {};
  for (const [key, value] of Object.entries(tags)) {
    const plain = key.replace(/^([^:]+):Copy\d+:/, '$1:');
    if (!(plain in out) || plain === key) out[plain] = value;
  }
  return out;
}

/** Did strict MWG mode skip IPTC kept outside its standard place (a FotoStation trailer…)? */
function ignoredIptc(tags: Raw): boolean {
  return Object.entries(tags).some(([k, v]) => k.endsWith(':Warning') && typeof v === 'string' && /non-standard IPTC/i.test(v));
}

/** The IIM datasets found outside the standard place: ExifTool names their groups IPTC2, IPTC3… */
function nonStandardIim(tags: Raw): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(tags)) {
    const m = /^IPTC\d+:(.+)$/.exec(key);
    if (m && !(m[1]! in out)) out[m[1]!] = value;
  }
  return out;
}

/** The first non-blank text of a value, a list or a language alternative. */
function one(value: unknown): string | undefined {
  for (const v of [value].flat()) {
    const s = text(v);
    if (s) return s;
  }
  return undefined;
}

function nonEmptyList(value: unknown): string[] | undefined {
  const items = [value].flat().map(text).filter((s): s is string => !!s);
  return items.length > 0 ? items : undefined;
}

function text(value: unknown): string | undefined {
  if (value === undefined || value === null || typeof value === 'object') return undefined;
  const s = String(value);
  // eslint-disable-next-line no-control-regex
  const cleaned = (s.startsWith('base64:') ? legacyText(Buffer.from(s.slice(7), 'base64')) : s).replace(/\u0000+$/, '').trim();
  return cleaned || undefined;
}

/**
 * Text in bytes that are not UTF-8: IIM without a character-set marker from an older tool.
 * Windows-1255 when every byte above ASCII is a Hebrew letter or Hebrew-code-page punctuation
 * and none is glued to a Latin letter (Hebrew words stand apart from Latin ones), else
 * Windows-1252, what ExifTool and the IIM default assume.
 */
export function legacyText(bytes: Uint8Array): string {
  const isLatin = (b: number | undefined) => b !== undefined && ((b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a));
  const hebrew = bytes.every((b, i) => b < 0x80 || (((b >= 0xe0 && b <= 0xfa) || (b >= 0x91 && b <= 0x97)) && !isLatin(bytes[i - 1]) && !isLatin(bytes[i + 1])));
  try {
    return new TextDecoder(hebrew ? 'windows-1255' : 'windows-1252').decode(bytes);
  } catch {
    return Buffer.from(bytes).toString('latin1'); // a runtime without legacy code pages
  }
}

function httpUrl(value: string | undefined): string | undefined {
  return value && /^https?:\/\/\S+$/i.test(value) ? value : undefined;
}
