// Writing the credit into a copy of a picture, proved by reading it back with Debian's exiftool
// (an independent reader) and with Ktav's own reader: Hebrew byte for byte, IIM marked UTF-8,
// EXIF, IIM and XMP in agreement as the MWG guidelines ask (Artist as an MWG list, the IPTC
// digest renewed), location gone, the original untouched.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CreditWriter, fitBytes } from '../../../main/services/media/creditWriter.js';
import { EmbeddedCreditReader } from '../../../main/services/media/embeddedCredit.js';
import { emptyCredit, type CreditFields } from '../../../shared/model/media.js';
import { makeTempDir } from '../../support/tempDir.js';
import { exiftoolRead, exiftoolWrite, jpeg, tiff } from '../../support/mediaImages.js';

const writer = new CreditWriter();
const reader = new EmbeddedCreditReader();
afterAll(() => Promise.all([writer.end(), reader.end()]));

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ dir, cleanup } = await makeTempDir()));
afterEach(() => cleanup());

const credit: CreditFields = {
  ...emptyCredit(),
  creditLine: 'מרכז שלטון מקומי',
  creators: ['נועה לוי', 'דני כהן'],
  source: 'לשכת העיתונות הממשלתית',
  copyrightNotice: '© דוברות המשטרה',
  copyrightOwner: 'משטרת ישראל',
  usageTerms: 'לשימוש עיתונאי בלבד',
  webStatementUrl: 'https://example.com/rights',
  licensor: { name: 'סוכנות התמונות', url: 'https://example.com/licence' },
  digitalSourceType: 'http://cv.iptc.org/newscodes/digitalsourcetype/digitalCapture',
  caption: 'ראש העירייה חונך את הפארק החדש, יום ראשון',
  altText: 'אישה גוזרת סרט אדום מול קהל',
  rightsCategory: 'handout',
  validUntil: '2027-01-31',
};

describe('writing a credit into a copy', () => {
  it('writes XMP, IIM in UTF-8 and EXIF that exiftool reads back byte for byte, and strips location', async () => {
    const original = await jpeg(join(dir, 'in.jpg'), 320, 200);
    await exiftoolWrite(original, { 'GPS:GPSLatitude': '32.08', 'GPS:GPSLatitudeRef': 'N', 'IPTC:City': 'תל אביב', 'XMP-photoshop:City': 'תל אביב', 'XMP-iptcExt:LocationShownCity': 'יפו' });
    const before = await readFile(original);
    const out = join(dir, 'out.jpg');

    await writer.writeCreditedCopy(original, out, credit);

    expect(await readFile(original)).toEqual(before);
    const tags = await exiftoolRead(out);
    expect(tags).toMatchObject({
      'XMP-photoshop:Credit': credit.creditLine,
      'XMP-dc:Creator': credit.creators,
      'XMP-photoshop:Source': credit.source,
      'XMP-dc:Rights': credit.copyrightNotice,
      'XMP-plus:CopyrightOwnerName': credit.copyrightOwner,
      'XMP-xmpRights:UsageTerms': credit.usageTerms,
      'XMP-xmpRights:WebStatement': credit.webStatementUrl,
      'XMP-plus:LicensorName': credit.licensor.name,
      'XMP-plus:LicensorURL': credit.licensor.url,
      'XMP-dc:Description': credit.caption,
      'XMP-iptcCore:AltTextAccessibility': credit.altText,
      'IPTC:CodedCharacterSet': 'UTF8',
      'IPTC:Credit': credit.creditLine,
      'IPTC:By-line': credit.creators,
      'IPTC:CopyrightNotice': credit.copyrightNotice,
      'IPTC:Caption-Abstract': credit.caption,
      'IFD0:Artist': 'נועה לוי; דני כהן',
      'IFD0:Copyright': credit.copyrightNotice,
      'IFD0:ImageDescription': credit.caption,
    });
    // XMP and IIM in step: the stored digest is the digest of the IIM as written.
    expect(tags['Photoshop:IPTCDigest']).toBe(tags['File:CurrentIPTCDigest']);
    // Byte for byte: the UTF-8 of the Hebrew, not a look-alike.
    expect(Buffer.from(String(tags['IPTC:Credit']), 'utf8')).toEqual(Buffer.from(credit.creditLine, 'utf8'));
    // IIM Source is limited to 32 bytes: cut on a letter boundary, while XMP keeps it whole.
    expect(tags['IPTC:Source']).toBe(fitBytes(credit.source, 32));
    expect(Buffer.byteLength(String(tags['IPTC:Source']))).toBeLessThanOrEqual(32);
    expect(Object.keys(tags).filter((k) => /GPS|City|Location/i.test(k))).toEqual([]);
  });

  it("is read back by Ktav's reader into the same credit, IIM marked UTF-8 in the bytes", async () => {
    const out = join(dir, 'out.jpg');
    await writer.writeCreditedCopy(await jpeg(join(dir, 'in.jpg')), out, credit);
    const read = await reader.read(out);
    expect(read).toMatchObject({
      creditLine: credit.creditLine,
      creators: credit.creators,
      source: credit.source,
      copyrightNotice: credit.copyrightNotice,
      copyrightOwner: credit.copyrightOwner,
      caption: credit.caption,
      altText: credit.altText,
      licensor: credit.licensor,
    });
    // IIM dataset 1:90, three bytes ESC % G: UTF-8.
    expect((await readFile(out)).includes(Buffer.from([0x1c, 0x01, 0x5a, 0x00, 0x03, 0x1b, 0x25, 0x47]))).toBe(true);
  });

  it('keeps a creator with "; " in the name whole through EXIF (quoted, as MWG says)', async () => {
    const out = join(dir, 'out.jpg');
    const creators = ['צוות; דוברות', 'דני כהן'];
    await writer.writeCreditedCopy(await jpeg(join(dir, 'in.jpg')), out, { ...credit, creators });
    expect((await exiftoolRead(out))['IFD0:Artist']).toBe('"צוות; דוברות"; דני כהן');
    expect((await reader.read(out)).creators).toEqual(creators);
  });

  it('renews the IPTC digest of a TIFF copy, whose IIM ExifTool pads', async () => {
    const out = join(dir, 'out.tif');
    await writer.writeCreditedCopy(await tiff(join(dir, 'in.tif')), out, credit);
    const tags = await exiftoolRead(out);
    expect(tags['IPTC:Credit']).toBe(credit.creditLine);
    expect(tags['Photoshop:IPTCDigest']).toBe(tags['File:CurrentIPTCDigest']);
    expect((await reader.read(out)).source).toBe(credit.source); // whole, from XMP, not cut as in IIM
  });

  it('removes old credit fields the record leaves empty, so nothing stale is exported', async () => {
    const original = await jpeg(join(dir, 'in.jpg'));
    await exiftoolWrite(original, { 'XMP-photoshop:Credit': 'קרדיט ישן', 'IPTC:Credit': 'קרדיט ישן' });
    const out = join(dir, 'out.jpg');
    await writer.writeCreditedCopy(original, out, { ...emptyCredit(), creditLine: 'קרדיט חדש' });
    const tags = await exiftoolRead(out);
    expect(tags['XMP-photoshop:Credit']).toBe('קרדיט חדש');
    expect(tags['IPTC:Credit']).toBe('קרדיט חדש');
    expect(tags['XMP-dc:Creator']).toBeUndefined();
  });

  it('writes XMP and EXIF into WebP and AVIF copies (formats without IPTC-IIM)', async () => {
    for (const format of ['webp', 'avif'] as const) {
      const input = join(dir, `in.${format}`);
      await sharp({ create: { width: 64, height: 48, channels: 3, background: '#36c' } }).toFormat(format).toFile(input);
      const out = join(dir, `out.${format}`);
      await writer.writeCreditedCopy(input, out, credit);
      const tags = await exiftoolRead(out);
      expect(tags, format).toMatchObject({ 'XMP-photoshop:Credit': credit.creditLine, 'XMP-dc:Creator': credit.creators, 'IFD0:Artist': 'נועה לוי; דני כהן' });
      expect((await reader.read(out)).altText, format).toBe(credit.altText);
    }
  });

  it('cuts on a character boundary, never in the middle of a Hebrew letter', () => {
    expect(fitBytes('אבגדהוזחטיכלמנסעפצקרשת', 32)).toBe('אבגדהוזחטיכלמנסע');
    expect(fitBytes('short', 32)).toBe('short');
  });
});
