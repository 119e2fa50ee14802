// Importing pictures: content-addressed storage, metadata read from files tagged by ExifTool
// (Hebrew in IIM, XMP and EXIF), and every kind of bad file refused by name.
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { errorInWords } from '../../../shared/i18n/translate.js';
import { MediaLibrary } from '../../../main/services/media/mediaLibrary.js';
import { sharedCreditReader } from '../../../main/services/media/embeddedCredit.js';
import { makeTempDir } from '../../support/tempDir.js';
import { exiftoolWrite, jpeg, pixelBomb, png } from '../../support/mediaImages.js';

let dir: string;
let cleanup: () => Promise<void>;
let mediaDir: string;

beforeEach(async () => {
  ({ dir, cleanup } = await makeTempDir());
  mediaDir = join(dir, 'media');
  await (await import('node:fs/promises')).mkdir(mediaDir);
});
afterEach(() => cleanup());
// The libraries here read with the shared reader; its ExifTool would outlive the test worker.
afterAll(() => sharedCreditReader.end());

const library = async () => {
  const lib = new MediaLibrary({ mediaDir });
  await lib.open();
  return lib;
};
const sha = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

describe('importing pictures', () => {
  it('stores a picture under the SHA-256 of its bytes, unmodified, with a thumbnail and a record', async () => {
    const file = await jpeg(join(dir, 'park.jpg'), 1200, 800);
    const bytes = await readFile(file);
    const [outcome] = await (await library()).importFiles([file]);
    expect(outcome).toMatchObject({ ok: true, duplicate: false });
    if (!outcome?.ok) throw new Error('import failed');
    const { record } = outcome;
    expect(record.id).toBe(sha(bytes));
    expect(record).toMatchObject({ ext: 'jpg', mime: 'image/jpeg', width: 1200, height: 800, bytes: bytes.length, originalName: 'park.jpg' });
    expect(await readFile(join(mediaDir, `${record.id}.jpg`))).toEqual(bytes);
    const thumb = await sharp(join(mediaDir, `${record.id}.thumb.webp`)).metadata();
    expect(thumb).toMatchObject({ format: 'webp', width: 480, height: 320 });
    expect(JSON.parse(await readFile(join(mediaDir, `${record.id}.json`), 'utf8'))).toMatchObject({ id: record.id, width: 1200 });
  });

  it('makes one record of the same file imported twice, also after reopening the library', async () => {
    const a = await jpeg(join(dir, 'a.jpg'));
    const copy = join(dir, 'copy-of-a.jpg');
    await writeFile(copy, await readFile(a));
    const lib = await library();
    const [first, second] = await lib.importFiles([a, copy]);
    expect(first).toMatchObject({ ok: true, duplicate: false });
    expect(second).toMatchObject({ ok: true, duplicate: true });
    const [third] = await (await library()).importFiles([copy]);
    expect(third).toMatchObject({ ok: true, duplicate: true });
    expect((await readdir(mediaDir)).filter((n) => n.endsWith('.json'))).toHaveLength(1);
    // Two imports of the same bytes at the same instant are still one record.
    const b = await jpeg(join(dir, 'b.jpg'), 64, 48, '#00f');
    const fresh = await library();
    const both = await Promise.all([fresh.importBytes('b.jpg', await readFile(b)), fresh.importBytes('b2.jpg', await readFile(b))]);
    expect(both.map((o) => o.ok && o.duplicate).sort()).toEqual([false, true]);
  });

  it('pre-fills the credit from Hebrew IPTC-IIM written by ExifTool in UTF-8', async () => {
    const file = await jpeg(join(dir, 'iim.jpg'));
    await exiftoolWrite(file, {
      'IPTC:Credit': 'דוברות המשטרה',
      'IPTC:By-line': 'נועה לוי',
      'IPTC:Source': 'לע"מ',
      'IPTC:CopyrightNotice': '© דוברות המשטרה',
      'IPTC:Caption-Abstract': 'שוטרים בכיכר העירייה',
    });
    const [o] = await (await library()).importFiles([file]);
    if (!o?.ok) throw new Error(String(o && !o.ok && o.error.message));
    expect(o.record.credit).toMatchObject({
      creditLine: 'דוברות המשטרה',
      creators: ['נועה לוי'],
      source: 'לע"מ',
      copyrightNotice: '© דוברות המשטרה',
      caption: 'שוטרים בכיכר העירייה',
    });
    expect(o.record.embedded.creditLine).toBe('דוברות המשטרה');
  });

  it('prefers XMP (no length limit) over IIM and reads alt text, licensor and EXIF', async () => {
    const long = 'מרכז השלטון המקומי בישראל – אגף הדוברות';
    const file = await jpeg(join(dir, 'xmp.jpg'));
    await exiftoolWrite(file, {
      'XMP-photoshop:Credit': long,
      'IPTC:Credit': 'קצר',
      'XMP-dc:Creator': ['נועה לוי', 'דני כהן'],
      'XMP-dc:Description': 'כיתוב מה־XMP',
      'XMP-iptcCore:AltTextAccessibility': 'ראש העירייה גוזר סרט',
      'XMP-xmpRights:WebStatement': 'https://example.com/licence',
      'XMP-plus:LicensorName': 'סוכנות',
      'XMP-plus:LicensorURL': 'https://example.com/buy',
      'EXIF:Copyright': '© עיריית חיפה',
    });
    const [o] = await (await library()).importFiles([file]);
    if (!o?.ok) throw new Error('import failed');
    expect(o.record.credit).toMatchObject({
      creditLine: long,
      creators: ['נועה לוי', 'דני כהן'],
      caption: 'כיתוב מה־XMP',
      altText: 'ראש העירייה גוזר סרט',
      webStatementUrl: 'https://example.com/licence',
      licensor: { name: 'סוכנות', url: 'https://example.com/buy' },
      copyrightNotice: '© עיריית חיפה',
    });
  });

  it('imports PNG, WebP and AVIF as well as JPEG', async () => {
    const files: string[] = [];
    for (const [i, format] of (['png', 'webp', 'avif'] as const).entries()) {
      const path = join(dir, `pic.${format}`);
      await sharp({ create: { width: 300 + i, height: 200, channels: 3, background: '#59c' } }).toFormat(format).toFile(path);
      files.push(path);
    }
    const outcomes = await (await library()).importFiles(files);
    expect(outcomes.map((o) => o.ok && `${o.record.ext} ${o.record.mime} ${o.record.width}`)).toEqual(['png image/png 300', 'webp image/webp 301', 'avif image/avif 302']);
  });

  it('reads EXIF Artist when the file has nothing else', async () => {
    const file = await jpeg(join(dir, 'exif.jpg'));
    await exiftoolWrite(file, { 'EXIF:Artist': 'יוסי כהן' });
    const [o] = await (await library()).importFiles([file]);
    expect(o?.ok && o.record.credit.creators).toEqual(['יוסי כהן']);
  });
});

describe('bad files', () => {
  it('refuses each kind of bad file with a Hebrew message naming it, and imports the rest of the batch', async () => {
    const good1 = await jpeg(join(dir, 'good-1.jpg'), 64, 48, '#111');
    const empty = join(dir, 'ריק.jpg');
    await writeFile(empty, '');
    const text = join(dir, 'notes.jpg');
    await writeFile(text, 'זה לא קובץ תמונה, רק טקסט.\n');
    const full = await readFile(await jpeg(join(dir, 'full.jpg'), 800, 600, '#258'));
    const truncated = join(dir, 'truncated.jpg');
    await writeFile(truncated, full.subarray(0, Math.floor(full.length / 2)));
    const svg = join(dir, 'logo.svg.png');
    await writeFile(svg, '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>');
    const bomb = await pixelBomb(join(dir, 'bomb.png'));
    const gif = join(dir, 'anim.gif');
    await sharp({ create: { width: 8, height: 8, channels: 3, background: '#f00' } }).gif().toFile(gif);
    const missing = join(dir, 'missing.jpg');
    const good2 = await png(join(dir, 'good-2.png'));

    const lib = await library();
    const outcomes = await lib.importFiles([good1, empty, text, truncated, svg, bomb, gif, missing, good2]);
    const byName = (name: string) => outcomes.find((o) => (o.ok ? o.record.originalName : o.file).endsWith(name))!;

    expect(byName('good-1.jpg').ok).toBe(true);
    expect(byName('good-2.png').ok).toBe(true);
    const refused: Record<string, RegExp> = {
      'ריק.jpg': /ריק \(0 בתים\)/,
      'notes.jpg': /אינו תמונה/,
      'truncated.jpg': /פגום או קטוע/,
      'logo.svg.png': /SVG/,
      'bomb.png': /מידות חריגות \(100000×100000\)/,
      'anim.gif': /בפורמט GIF/,
      'missing.jpg': /אי אפשר לקרוא/,
    };
    for (const [name, pattern] of Object.entries(refused)) {
      const o = byName(name);
      expect(o.ok, name).toBe(false);
      if (!o.ok) {
        const { message } = errorInWords(o.error, 'he');
        expect(message).toContain(name);
        expect(message).toMatch(pattern);
      }
    }
    // Only the two good pictures left anything behind: original, thumbnail and record each.
    expect((await readdir(mediaDir)).sort()).toHaveLength(6);
    expect(lib.all()).toHaveLength(2);
  });

  it('speaks English when the interface is in English', async () => {
    const empty = join(dir, 'empty.jpg');
    await writeFile(empty, '');
    const [o] = await (await library()).importFiles([empty]);
    expect(o?.ok === false && errorInWords(o.error, 'en')).toEqual({ code: 'invalid-arguments', message: 'The file empty.jpg is empty (0 bytes), so it was not imported.' });
  });
});
