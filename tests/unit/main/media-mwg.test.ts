// Reading a picture's metadata as the MWG guidelines 2.0 say, on a table of files made here:
// sharp (and Debian's heif-enc) make the pictures, Debian's /usr/bin/exiftool writes the tags,
// and where ExifTool cannot write something (an XMP packet in UTF-16, a FotoStation trailer)
// the bytes are built here to the format's layout. For every file, Ktav's reading must equal
// what Debian's `exiftool -use MWG -MWG:all` reads from it (creator, copyright, description),
// plus the same IPTC-digest rule for Credit and Source, field by field; and it must equal the
// concrete Hebrew written, so the test fails when both readers are wrong alike.
import { execFile } from 'node:child_process';
import { copyFile, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EmbeddedCreditReader, legacyText } from '../../../main/services/media/embeddedCredit.js';
import type { CreditFields } from '../../../shared/model/media.js';
import { makeTempDir } from '../../support/tempDir.js';
import { heic, jpeg, tiff } from '../../support/mediaImages.js';

const run = promisify(execFile);
const EXIFTOOL = '/usr/bin/exiftool';

const reader = new EmbeddedCreditReader();
afterAll(() => reader.end());

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ dir, cleanup } = await makeTempDir()));
afterEach(() => cleanup());

/** Debian's exiftool writing, with no MWG module loaded: a plain tool, as most are. */
async function write(path: string, args: string[]): Promise<void> {
  await run(EXIFTOOL, ['-q', '-overwrite_original', ...args, path]);
}
/** `-TAG=value` arguments, IIM marked UTF-8 and written in UTF-8. */
function tags(t: Record<string, string | string[]>): string[] {
  const args = ['-codedcharacterset=utf8', '-charset', 'iptc=utf8'];
  for (const [tag, value] of Object.entries(t)) for (const v of [value].flat()) args.push(`-${tag}=${v}`);
  return args;
}

async function json(args: string[]): Promise<Record<string, unknown>> {
  const { stdout } = await run(EXIFTOOL, ['-j', ...args]);
  return (JSON.parse(stdout) as Record<string, unknown>[])[0]!;
}

type Read = Pick<Partial<CreditFields>, 'creators' | 'copyrightNotice' | 'caption' | 'creditLine' | 'source'>;
const FIELDS = ['creators', 'copyrightNotice', 'caption', 'creditLine', 'source'] as const;

/**
 * What Debian's exiftool reads: MWG:Creator, MWG:Copyright and MWG:Description from
 * `-use MWG -MWG:all`; Credit and Source by the digest rule over its plain (non-MWG) reading;
 * and, for a field still empty, IPTC outside the standard place (group IPTC2, which strict
 * MWG mode ignores) — Ktav's documented addition. `charset`: how unmarked IIM is decoded.
 */
async function debianReading(path: string, charset = 'UTF8'): Promise<Read> {
  const mwg = await json(['-use', 'MWG', '-MWG:all', '-charset', `iptc=${charset}`, path]);
  const raw = await json(['-G1', '-a', '-charset', `iptc=${charset}`, '-XMP-photoshop:all', '-IPTC:all', '-CurrentIPTCDigest', '-IPTCDigest', path]);
  const str = (v: unknown) => (v === undefined ? undefined : String(v));
  const list = (v: unknown) => (v === undefined ? undefined : [v].flat().map(String));
  const current = str(raw['File:CurrentIPTCDigest']);
  const stored = str(raw['Photoshop:IPTCDigest']);
  // ExifTool's composite rule (MWG.pm), for the two fields it has no composite for.
  const rule = (xmp: string | undefined, iim: string | undefined) => {
    if (current === undefined || (xmp !== undefined && (stored === undefined || current === stored))) return xmp;
    if (iim !== undefined && xmp !== undefined && Buffer.byteLength(iim) === 32 && Buffer.from(xmp).subarray(0, 32).toString() === iim) return xmp;
    return iim;
  };
  return {
    creators: list(mwg.Creator) ?? list(raw['IPTC2:By-line']),
    copyrightNotice: str(mwg.Copyright) ?? str(raw['IPTC2:CopyrightNotice']),
    caption: str(mwg.Description) ?? str(raw['IPTC2:Caption-Abstract']),
    creditLine: rule(str(raw['XMP-photoshop:Credit']), str(raw['IPTC:Credit'])) ?? str(raw['IPTC2:Credit']),
    source: rule(str(raw['XMP-photoshop:Source']), str(raw['IPTC:Source'])) ?? str(raw['IPTC2:Source']),
  };
}

async function ktavReading(path: string): Promise<Read> {
  const read = await reader.read(path);
  return Object.fromEntries(FIELDS.map((f) => [f, read[f]])) as Read;
}

/** An IIM dataset: 1C, record, number, 2-byte length, value. */
function dataset(record: number, num: number, value: Buffer | string): Buffer {
  const bytes = typeof value === 'string' ? Buffer.from(value, 'utf8') : value;
  const head = Buffer.from([0x1c, record, num, bytes.length >> 8, bytes.length & 0xff]);
  return Buffer.concat([head, bytes]);
}

/**
 * A FotoStation trailer after the picture, as FotoWare's FotoStation writes one and ExifTool's
 * FotoStation.pm reads it: a record's data, then its 10-byte footer (tag 1 = IPTC, record size
 * with the footer, signature A1B2C3D4). ExifTool can edit an existing FotoStation trailer but
 * cannot create one, so the bytes are built here.
 */
function withFotoStationIptc(picture: Buffer, iim: Record<number, string>): Buffer {
  const data = Buffer.concat([dataset(1, 90, Buffer.from([0x1b, 0x25, 0x47])), dataset(2, 0, Buffer.from([0, 4])), ...Object.entries(iim).map(([n, v]) => dataset(2, Number(n), v))]);
  const footer = Buffer.alloc(10);
  footer.writeUInt16BE(1, 0);
  footer.writeUInt32BE(data.length + 10, 2);
  footer.writeUInt32BE(0xa1b2c3d4, 6);
  return Buffer.concat([picture, data, footer]);
}

/** An XMP packet in UTF-16 (ExifTool writes XMP only in UTF-8; `-xmp<=file` stores these bytes as they are). */
function utf16Packet(body: string, order: 'be' | 'le'): Buffer {
  const packet = `<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/">
${body}
</rdf:Description></rdf:RDF></x:xmpmeta>
<?xpacket end="w"?>`;
  const le = Buffer.from(packet, 'utf16le');
  return order === 'le' ? le : Buffer.from(le).swap16();
}

const XMP_BODY = `<photoshop:Credit>סוכנות הידיעות</photoshop:Credit>
<photoshop:Source>מחלקת הצילום</photoshop:Source>
<dc:creator><rdf:Seq><rdf:li>אבי לוי</rdf:li><rdf:li>רות כהן</rdf:li></rdf:Seq></dc:creator>
<dc:rights><rdf:Alt><rdf:li xml:lang="x-default">© סוכנות הידיעות</rdf:li></rdf:Alt></dc:rights>
<dc:description><rdf:Alt><rdf:li xml:lang="x-default">הפגנה מול הכנסת</rdf:li></rdf:Alt></dc:description>`;
const FROM_XMP_BODY: Read = { creditLine: 'סוכנות הידיעות', source: 'מחלקת הצילום', creators: ['אבי לוי', 'רות כהן'], copyrightNotice: '© סוכנות הידיעות', caption: 'הפגנה מול הכנסת' };

// IIM and XMP saying different things, for the digest cases.
const IIM = { 'IPTC:By-line': 'צלם IIM', 'IPTC:Credit': 'קרדיט IIM', 'IPTC:Source': 'מקור IIM', 'IPTC:CopyrightNotice': '© זכויות IIM', 'IPTC:Caption-Abstract': 'כיתוב IIM' };
const XMP = { 'XMP-dc:Creator': 'צלם XMP', 'XMP-photoshop:Credit': 'קרדיט XMP', 'XMP-photoshop:Source': 'מקור XMP', 'XMP-dc:Rights': '© זכויות XMP', 'XMP-dc:Description': 'כיתוב XMP' };
const FROM_IIM: Read = { creators: ['צלם IIM'], creditLine: 'קרדיט IIM', source: 'מקור IIM', copyrightNotice: '© זכויות IIM', caption: 'כיתוב IIM' };
const FROM_XMP: Read = { creators: ['צלם XMP'], creditLine: 'קרדיט XMP', source: 'מקור XMP', copyrightNotice: '© זכויות XMP', caption: 'כיתוב XMP' };

/** IIM and XMP disagreeing, and the digest of that IIM stored (as Photoshop stores it after syncing XMP). */
async function inSync(path: string): Promise<string> {
  await write(path, [...tags({ ...IIM, ...XMP }), '-IPTCDigest=new']);
  return path;
}

// A long Hebrew credit and its IIM copy cut at the dataset's 32 bytes (16 letters, 2 bytes each).
const LONG_CREDIT = 'לשכתהעיתונותהממשלתית';
const CUT_CREDIT = 'לשכתהעיתונותהממש';

interface Case {
  name: string;
  make: () => Promise<string>;
  /** How Debian's exiftool is told to decode unmarked IIM to read what Ktav reads. */
  charset?: string;
  expected: Read;
  check?: (path: string) => Promise<void>;
}

const cases: Case[] = [
  {
    name: 'TIFF with Hebrew IPTC-IIM in UTF-8 (1:90 marked)',
    make: async () => {
      const path = await tiff(join(dir, 'scan.tif'), 120, 80);
      await write(path, tags({ 'IPTC:By-line': ['שרה אהרוני', 'משה פרץ'], 'IPTC:Credit': 'ארכיון המדינה', 'IPTC:Source': 'גנזך המדינה', 'IPTC:CopyrightNotice': '© ארכיון המדינה', 'IPTC:Caption-Abstract': 'ישיבת הכנסת, 1966' }));
      return path;
    },
    expected: { creators: ['שרה אהרוני', 'משה פרץ'], creditLine: 'ארכיון המדינה', source: 'גנזך המדינה', copyrightNotice: '© ארכיון המדינה', caption: 'ישיבת הכנסת, 1966' },
    check: async (path) => expect((await readFile(path)).includes(Buffer.from([0x1c, 0x01, 0x5a, 0x00, 0x03, 0x1b, 0x25, 0x47]))).toBe(true),
  },
  {
    name: 'JPEG whose XMP packet is UTF-16 big-endian',
    make: async () => {
      const path = await jpeg(join(dir, 'utf16be.jpg'));
      await writeFile(join(dir, 'packet.xmp'), utf16Packet(XMP_BODY, 'be'));
      await write(path, [`-xmp<=${join(dir, 'packet.xmp')}`]);
      return path;
    },
    expected: FROM_XMP_BODY,
    // Still UTF-16 in the file: ExifTool stored the packet as given.
    check: async (path) => expect((await readFile(path)).includes(Buffer.from('xpacket', 'utf16le').swap16())).toBe(true),
  },
  {
    name: 'TIFF whose XMP packet is UTF-16 little-endian',
    make: async () => {
      const path = await tiff(join(dir, 'utf16le.tif'));
      await writeFile(join(dir, 'packet.xmp'), utf16Packet(XMP_BODY, 'le'));
      await write(path, [`-xmp<=${join(dir, 'packet.xmp')}`]);
      return path;
    },
    expected: FROM_XMP_BODY,
    check: async (path) => expect((await readFile(path)).includes(Buffer.from('xpacket', 'utf16le'))).toBe(true),
  },
  {
    name: 'IIM and XMP disagree, the IPTC digest matches: XMP wins',
    make: () => jpeg(join(dir, 'synced.jpg')).then(inSync),
    expected: FROM_XMP,
    check: async (path) => {
      const d = await json(['-G1', '-CurrentIPTCDigest', '-IPTCDigest', path]);
      expect(d['Photoshop:IPTCDigest']).toBe(d['File:CurrentIPTCDigest']);
    },
  },
  {
    name: 'IIM edited afterwards by a tool that left XMP and the digest alone: IIM wins',
    make: async () => {
      const path = await inSync(await jpeg(join(dir, 'edited.jpg')));
      // Debian's exiftool without MWG changes IIM and leaves the stored digest as it was.
      await write(path, ['-charset', 'iptc=utf8', '-IPTC:By-line=צלם שתוקן', '-IPTC:Caption-Abstract=כיתוב שתוקן']);
      return path;
    },
    expected: { ...FROM_IIM, creators: ['צלם שתוקן'], caption: 'כיתוב שתוקן' },
    check: async (path) => {
      const d = await json(['-G1', '-CurrentIPTCDigest', '-IPTCDigest', path]);
      expect(d['Photoshop:IPTCDigest']).toBeDefined();
      expect(d['Photoshop:IPTCDigest']).not.toBe(d['File:CurrentIPTCDigest']);
    },
  },
  {
    name: 'IIM and XMP disagree with no digest stored: XMP wins',
    make: async () => {
      const path = await jpeg(join(dir, 'nodigest.jpg'));
      await write(path, tags({ ...IIM, ...XMP }));
      return path;
    },
    expected: FROM_XMP,
    check: async (path) => expect((await json(['-G1', '-IPTCDigest', path]))['Photoshop:IPTCDigest']).toBeUndefined(),
  },
  {
    name: 'digest mismatch, but IIM is the XMP value cut at its byte limit: XMP, whole',
    make: async () => {
      const path = await jpeg(join(dir, 'cut.jpg'));
      await write(path, [...tags({ 'XMP-photoshop:Credit': LONG_CREDIT, 'IPTC:Credit': CUT_CREDIT, 'XMP-dc:Creator': LONG_CREDIT, 'IPTC:By-line': CUT_CREDIT, 'IPTC:Caption-Abstract': 'ישן' }), '-IPTCDigest=new']);
      await write(path, ['-charset', 'iptc=utf8', '-IPTC:Caption-Abstract=חדש']);
      return path;
    },
    expected: { creditLine: LONG_CREDIT, creators: [LONG_CREDIT], caption: 'חדש', copyrightNotice: undefined, source: undefined },
    check: async () => expect(Buffer.byteLength(CUT_CREDIT)).toBe(32),
  },
  {
    name: "a camera's file with EXIF only: Artist is an MWG list",
    make: async () => {
      const path = await jpeg(join(dir, 'IMG_4471.jpg'));
      await write(path, ['-Make=Canon', '-Model=Canon EOS R6', '-EXIF:Artist=יוסי כהן; "צוות; חדשות"', '-EXIF:Copyright=© יוסי כהן', '-EXIF:ImageDescription=שקיעה בנמל יפו']);
      return path;
    },
    expected: { creators: ['יוסי כהן', 'צוות; חדשות'], copyrightNotice: '© יוסי כהן', caption: 'שקיעה בנמל יפו', creditLine: undefined, source: undefined },
  },
  {
    name: 'EXIF beside IIM and XMP: EXIF first when not blank (MWG 2.0, as ExifTool reads)',
    make: async () => {
      const path = await jpeg(join(dir, 'camera-and-agency.jpg'));
      await write(path, [...tags({ ...IIM, ...XMP }), '-EXIF:Artist=בעל המצלמה', '-EXIF:ImageDescription=          ']);
      return path;
    },
    // Artist wins; the camera's blank ImageDescription does not, so the caption is XMP's.
    expected: { ...FROM_XMP, creators: ['בעל המצלמה'] },
  },
  {
    name: 'IPTC only in a FotoStation trailer: read, since nothing standard says otherwise',
    make: async () => {
      const path = join(dir, 'fotostation.jpg');
      await writeFile(path, withFotoStationIptc(await readFile(await jpeg(join(dir, 'plain.jpg'))), { 80: 'שרה אהרוני', 110: 'פוטו-סטיישן', 115: 'ארכיון העיתון', 116: '© העיתון', 120: 'כיתוב בטריילר' }));
      return path;
    },
    expected: { creators: ['שרה אהרוני'], creditLine: 'פוטו-סטיישן', source: 'ארכיון העיתון', copyrightNotice: '© העיתון', caption: 'כיתוב בטריילר' },
    // Strict MWG mode (Debian's exiftool -use MWG) ignores it: that is why Ktav asks again.
    check: async (path) => expect(await json(['-use', 'MWG', '-MWG:all', path])).toEqual({ SourceFile: path }),
  },
  {
    name: 'a FotoStation trailer beside standard XMP: the standard place wins, the trailer fills the rest',
    make: async () => {
      const path = await jpeg(join(dir, 'both.jpg'));
      await write(path, tags({ 'XMP-photoshop:Credit': 'קרדיט XMP', 'XMP-dc:Rights': '© זכויות XMP' }));
      await writeFile(path, withFotoStationIptc(await readFile(path), { 80: 'שרה אהרוני', 110: 'פוטו-סטיישן', 116: '© העיתון' }));
      return path;
    },
    expected: { creditLine: 'קרדיט XMP', copyrightNotice: '© זכויות XMP', creators: ['שרה אהרוני'], caption: undefined, source: undefined },
  },
  {
    name: 'IIM without a character-set marker, in UTF-8',
    make: async () => {
      const path = await jpeg(join(dir, 'unmarked-utf8.jpg'));
      await write(path, ['-charset', 'iptc=UTF8', '-IPTC:By-line=נועה לוי', '-IPTC:Credit=דוברות המשטרה']);
      return path;
    },
    expected: { creators: ['נועה לוי'], creditLine: 'דוברות המשטרה', copyrightNotice: undefined, caption: undefined, source: undefined },
    check: async (path) => expect((await json(['-G1', '-IPTC:CodedCharacterSet', path]))['IPTC:CodedCharacterSet']).toBeUndefined(),
  },
  {
    name: 'IIM without a marker in Windows-1255, from an older Hebrew tool',
    charset: 'Hebrew',
    make: async () => {
      const path = await jpeg(join(dir, 'unmarked-1255.jpg'));
      await write(path, ['-charset', 'iptc=Hebrew', '-IPTC:By-line=נועה לוי', '-IPTC:Credit=דוברות המשטרה', '-IPTC:Caption-Abstract=שוטרים בכיכר – "רבין"']);
      return path;
    },
    expected: { creators: ['נועה לוי'], creditLine: 'דוברות המשטרה', caption: 'שוטרים בכיכר – "רבין"', copyrightNotice: undefined, source: undefined },
  },
  {
    name: 'IIM without a marker in Windows-1252 (Latin), from a European agency',
    charset: 'Latin',
    make: async () => {
      const path = await jpeg(join(dir, 'unmarked-1252.jpg'));
      await write(path, ['-charset', 'iptc=Latin', '-IPTC:By-line=Jörg Müller', '-IPTC:Credit=Café Zürich']);
      return path;
    },
    expected: { creators: ['Jörg Müller'], creditLine: 'Café Zürich', copyrightNotice: undefined, caption: undefined, source: undefined },
  },
  {
    name: 'iPhone HEIC (HEVC) with EXIF and XMP',
    make: async () => {
      const path = await heic(join(dir, 'IMG_0042.HEIC'), 96, 72);
      await write(path, ['-EXIF:Artist=דנה ישראלי', '-XMP-photoshop:Credit=דנה ישראלי/וואלה', '-XMP-dc:Description=חוף גורדון בבוקר']);
      return path;
    },
    expected: { creators: ['דנה ישראלי'], creditLine: 'דנה ישראלי/וואלה', caption: 'חוף גורדון בבוקר', copyrightNotice: undefined, source: undefined },
  },
];

describe('reading metadata as the MWG guidelines say, checked against Debian exiftool -use MWG', () => {
  for (const c of cases) {
    it(c.name, async () => {
      const path = await c.make();
      await c.check?.(path);
      const ktav = await ktavReading(path);
      const debian = await debianReading(path, c.charset);
      for (const field of FIELDS) expect(ktav[field], `${field} as Debian's exiftool reads it`).toEqual(debian[field]);
      for (const field of FIELDS) expect(ktav[field], `${field} as written`).toEqual(c.expected[field]);
    });
  }
});

describe('the rest of what Ktav reads', () => {
  it('takes the XMP-only fields from XMP even when the digest makes IIM win', async () => {
    const path = await inSync(await jpeg(join(dir, 'extra.jpg')));
    await write(path, [
      '-XMP-iptcCore:AltTextAccessibility=צלם מחזיק מצלמה',
      '-XMP-plus:LicensorName=סוכנות התמונות',
      '-XMP-plus:LicensorURL=https://example.com/licence',
      '-XMP-xmpRights:WebStatement=https://example.com/rights',
      '-XMP-iptcExt:DigitalSourceType=http://cv.iptc.org/newscodes/digitalsourcetype/digitalCapture',
      '-charset',
      'iptc=utf8',
      '-IPTC:Credit=קרדיט שתוקן',
    ]);
    expect(await reader.read(path)).toMatchObject({
      creditLine: 'קרדיט שתוקן',
      altText: 'צלם מחזיק מצלמה',
      licensor: { name: 'סוכנות התמונות', url: 'https://example.com/licence' },
      webStatementUrl: 'https://example.com/rights',
      digitalSourceType: 'http://cv.iptc.org/newscodes/digitalsourcetype/digitalCapture',
    });
  });

  it('keeps a credit that looks like a number as written', async () => {
    const path = await jpeg(join(dir, 'number.jpg'));
    await write(path, tags({ 'XMP-photoshop:Credit': '1.50', 'XMP-dc:Creator': '007' }));
    expect(await reader.read(path)).toMatchObject({ creditLine: '1.50', creators: ['007'] });
  });

  it('says whether GPS survived, for the export check', async () => {
    const path = await jpeg(join(dir, 'gps.jpg'));
    await write(path, ['-GPSLatitude=32.08', '-GPSLatitudeRef=N', '-XMP-photoshop:Credit=x']);
    expect((await reader.readBytes(await readFile(path), 'gps.jpg')).hasLocation).toBe(true);
    await copyFile(await jpeg(join(dir, 'nogps.jpg')), join(dir, 'clean.jpg'));
    expect((await reader.readBytes(await readFile(join(dir, 'clean.jpg')), 'clean.jpg')).hasLocation).toBe(false);
  });

  it('gives nothing for a file with no metadata to find, and throws only for a file it cannot open', async () => {
    await writeFile(join(dir, 'junk.jpg'), 'not a picture');
    expect(await reader.read(join(dir, 'junk.jpg'))).toEqual({});
    expect(await reader.readBytes(Buffer.from([0xff, 0xd8, 0xff, 0xe1, 0x00]), 'cut.jpg')).toEqual({ credit: {}, hasLocation: false });
    expect(await reader.read(join(dir, 'missing.jpg'))).toEqual({});
    await expect(reader.readMetadata(join(dir, 'missing.jpg'))).rejects.toThrow();
  });

  it('decodes legacy bytes as Hebrew only when they look Hebrew', () => {
    expect(legacyText(Buffer.from([0xf9, 0xec, 0xe5, 0xed, 0x20, 0x96, 0x20, 0x41, 0x50]))).toBe('שלום – AP');
    expect(legacyText(Buffer.from([0x43, 0x61, 0x66, 0xe9]))).toBe('Café'); // é glued to Latin letters
  });
});
