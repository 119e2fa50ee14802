// iPhone HEIC (HEVC, which sharp's libvips cannot decode) and TIFF, made in the test with
// Debian's heif-enc and sharp and tagged with Debian's exiftool: import (original kept byte for
// byte, thumbnail from the decoded pixels), refusals that say why, the credit written back into
// copies, and the export renditions.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exportMediaFrom } from '../../../main/services/export/exportMedia.js';
import { makeRenditions } from '../../../main/services/export/renditions.js';
import { createServices, type Services } from '../../../main/services/services.js';
import { MemorySettings } from '../../../main/services/settings/settingsStore.js';
import { errorInWords } from '../../../shared/i18n/translate.js';
import type { MediaRecord } from '../../../shared/model/media.js';
import { makeTempDir } from '../../support/tempDir.js';
import { exiftoolRead, exiftoolWrite, heic, tiff } from '../../support/mediaImages.js';

let dir: string;
let cleanup: () => Promise<void>;
let services: Services;

beforeEach(async () => {
  ({ dir, cleanup } = await makeTempDir());
  await mkdir(join(dir, 'in'));
  services = await createServices(join(dir, 'repo'), new MemorySettings());
});
afterEach(async () => {
  await services.close();
  await cleanup();
});

async function importOne(path: string): Promise<MediaRecord> {
  const [o] = await services.media.library.importFiles([path]);
  if (!o?.ok) throw new Error(o ? errorInWords(o.error, 'en').message : 'no outcome');
  return o.record;
}

async function refusal(path: string, lang: 'he' | 'en' = 'he'): Promise<string> {
  const [o] = await services.media.library.importFiles([path]);
  if (!o || o.ok) throw new Error(`${path} was imported`);
  return errorInWords(o.error, lang).message;
}

describe('iPhone HEIC (HEVC)', () => {
  it('is a file sharp alone cannot decode (what this support is for)', async () => {
    const file = await heic(join(dir, 'in', 'IMG_0001.HEIC'), 320, 240);
    expect((await sharp(file).metadata()).compression).toBe('hevc');
    await expect(sharp(file).webp().toBuffer()).rejects.toThrow();
  });

  it('is imported: the original byte for byte, a thumbnail made from the decoded pixels', async () => {
    const file = await heic(join(dir, 'in', 'IMG_0002.HEIC'), 960, 720, '#d22');
    const record = await importOne(file);
    expect(record).toMatchObject({ ext: 'heic', mime: 'image/heic', width: 960, height: 720 });
    expect(await readFile(services.media.library.originalPath(record))).toEqual(await readFile(file));
    const thumb = sharp(services.media.library.thumbnailPath(record));
    expect(await thumb.metadata()).toMatchObject({ format: 'webp', width: 480, height: 360 });
    // The colour came through the decoder: the middle of the thumbnail is the picture's red.
    const { data } = await thumb.clone().extract({ left: 240, top: 180, width: 1, height: 1 }).raw().toBuffer({ resolveWithObject: true });
    expect(data[0]).toBeGreaterThan(180);
    expect(data[1]).toBeLessThan(80);
  });

  it('still says a truncated HEIC is damaged, in both languages', async () => {
    const whole = await readFile(await heic(join(dir, 'whole.heic'), 320, 240));
    for (const [name, bytes] of [
      ['cut-in-picture.heic', whole.subarray(0, whole.length - 40)],
      ['cut-in-header.heic', whole.subarray(0, 40)],
    ] as const) {
      const path = join(dir, 'in', name);
      await writeFile(path, bytes);
      expect(await refusal(path)).toMatch(/פגום או קטוע/);
      expect(await refusal(path, 'en')).toMatch(/damaged or truncated/);
    }
  });

  it('says why when a sound HEIF uses a coding the decoder does not have', async () => {
    // The same HEIC with its picture item declared JPEG-coded: a valid HEIF structure whose
    // coding libheif-js was built without. Not damage, so not the damaged message.
    const bytes = Buffer.from(await readFile(await heic(join(dir, 'hevc.heic'), 320, 240)));
    bytes.write('jpeg', bytes.indexOf('hvc1'), 'latin1');
    const path = join(dir, 'in', 'jpeg-coded.heic');
    await writeFile(path, bytes);
    const he = await refusal(path);
    expect(he).toContain('jpeg-coded.heic');
    expect(he).toMatch(/אינו יכול לפענח/);
    expect(he).not.toMatch(/פגום או קטוע/);
    expect(await refusal(path, 'en')).toMatch(/cannot decode the picture in jpeg-coded\.heic \(HEIF\).*The decoder says: .*compression format/);
  });
});

describe('TIFF', () => {
  it('is imported with its Hebrew IPTC-IIM (UTF-8), XMP and EXIF read', async () => {
    const file = await tiff(join(dir, 'in', 'scan.tif'), 800, 600);
    await exiftoolWrite(file, {
      'IPTC:Credit': 'דוברות המשטרה',
      'IPTC:By-line': 'נועה לוי',
      'IPTC:Caption-Abstract': 'שוטרים בכיכר',
      'XMP-iptcCore:AltTextAccessibility': 'שני שוטרים ליד מזרקה',
      'EXIF:Copyright': '© משטרת ישראל',
    });
    expect((await exiftoolRead(file))['IPTC:Credit']).toBe('דוברות המשטרה');
    const record = await importOne(file);
    expect(record).toMatchObject({ ext: 'tif', mime: 'image/tiff', width: 800, height: 600 });
    expect(record.credit).toMatchObject({
      creditLine: 'דוברות המשטרה',
      creators: ['נועה לוי'],
      caption: 'שוטרים בכיכר',
      altText: 'שני שוטרים ליד מזרקה',
      copyrightNotice: '© משטרת ישראל',
    });
    expect(await readFile(services.media.library.originalPath(record))).toEqual(await readFile(file));
    expect(await sharp(services.media.library.thumbnailPath(record)).metadata()).toMatchObject({ format: 'webp', width: 480, height: 360 });
  });
});

describe('HEIC and TIFF leaving Ktav', () => {
  it('get the credit written into a copy (read back by Debian exiftool) and web renditions from their pixels', async () => {
    for (const file of [await heic(join(dir, 'in', 'IMG_0003.HEIC'), 1200, 900), await tiff(join(dir, 'in', 'scan.tiff'), 1200, 900)]) {
      const record = await importOne(file);
      const [updated] = await services.media.library.applyCredit([record.id], { creditLine: 'לשכת העיתונות הממשלתית', creators: ['דני כהן'], altText: 'נוף' });
      const copy = join(dir, `credited.${record.ext}`);
      await services.media.writeCreditedCopy(record.id, copy);
      const tags = await exiftoolRead(copy);
      expect(tags, record.ext).toMatchObject({ 'XMP-photoshop:Credit': 'לשכת העיתונות הממשלתית', 'XMP-dc:Creator': 'דני כהן' });
      expect(await readFile(services.media.library.originalPath(record))).toEqual(await readFile(file));

      const work = join(dir, `work-${record.ext}`);
      await mkdir(work);
      const renditions = await makeRenditions(updated!, exportMediaFrom(services.media), work);
      expect(renditions.map((r) => `${r.format} ${r.width}×${r.height}`).sort(), record.ext).toEqual(
        ['jpeg 480×360', 'jpeg 960×720', 'jpeg 1200×900', 'webp 480×360', 'webp 960×720', 'webp 1200×900'].sort(),
      );
      for (const r of renditions) expect((await sharp(r.bytes).metadata()).format).toBe(r.format);
      const written = await exiftoolRead(join(work, renditions[0]!.path.replace('images/', '')));
      expect(written['XMP-photoshop:Credit']).toBe('לשכת העיתונות הממשלתית');
    }
  });
});
