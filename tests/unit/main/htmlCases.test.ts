// The real-world HTML table (tests/support/htmlCases.ts) imported as .html files in main, with
// the same expectations as a paste in the editor; then files that cannot be read at all.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DocJSON } from '../../../shared/editor/document.js';
import { runGate } from '../../../main/services/export/gate.js';
import { ImportService } from '../../../main/services/import/importService.js';
import { KtavError } from '../../../shared/api/errors.js';
import { errorInWords } from '../../../shared/i18n/translate.js';
import type { PictureImporter } from '../../../main/services/import/pictureImporter.js';
import { createServices } from '../../../main/services/services.js';
import { MemorySettings } from '../../../main/services/settings/settingsStore.js';
import { DEFAULT_HOUSE_STYLE } from '../../../shared/hebrew/houseStyle.js';
import { HTML_CASES, caseProblems } from '../../support/htmlCases.js';
import { openTestRepo } from '../../support/repo.js';
import { withTempDir } from '../../support/tempDir.js';

describe('HTML import: the real-world table', () => {
  for (const c of HTML_CASES) {
    it(c.name, async () => {
      await withTempDir(async (dir) => {
        const s = await openTestRepo(join(dir, 'repo'));
        const outcome = await s.imports.importBytes(`${c.name}.html`, Buffer.from(c.html));
        const article = await s.articles.get(outcome.id!);
        expect(caseProblems(c, article.doc as DocJSON)).toEqual([]);
        // Whatever link came in, the export gate lets out: one link rule for both.
        const gate = runGate({ article, image: () => null, houseStyle: DEFAULT_HOUSE_STYLE, today: '2026-12-02' });
        expect(gate.errors.filter((e) => e.code === 'unsafe-link' || e.code === 'invalid-document')).toEqual([]);
        // Nothing ran while parsing: every payload would have set this.
        expect((globalThis as { __pwned?: unknown }).__pwned).toBeUndefined();
        await s.close();
      });
    });
  }

  it('a saved page comes in as its article: the story’s headline, with the site’s menus, ads and footer left out', async () => {
    const page = HTML_CASES.find((c) => c.importOnly)!;
    await withTempDir(async (dir) => {
      const s = await openTestRepo(join(dir, 'repo'));
      const outcome = await s.imports.importBytes('haifa-park.html', Buffer.from(page.html));
      expect(outcome.headline).toBe('הפארק החדש בחיפה נפתח לציבור');
      const body = ((await s.articles.get(outcome.id!)).doc as DocJSON).content!.slice(3);
      // The picture has no file beside the page here: left out and counted, its caption kept as text.
      expect(outcome.picturesLeftOut).toBe(1);
      expect(body[0]!.type).toBe('paragraph');
      await s.close();
    });
  });

  it('a page saved with its pictures folder brings the story’s picture in, with its caption', async () => {
    const page = HTML_CASES.find((c) => c.importOnly)!;
    await withTempDir(async (dir) => {
      const received: string[] = [];
      const pictures: PictureImporter = { importPicture: async (_bytes, name, alt) => (received.push(`${name}|${alt}`), 'img-1') };
      const s = await createServices(join(dir, 'repo'), new MemorySettings({ language: 'he' }), { pictures });
      await mkdir(join(dir, 'saved', 'haifa-park_files'), { recursive: true });
      await writeFile(join(dir, 'saved', 'haifa-park.html'), page.html);
      await writeFile(join(dir, 'saved', 'haifa-park_files', 'park-800.jpg'), Buffer.from('picture bytes'));
      const [outcome] = await s.imports.importFiles([join(dir, 'saved', 'haifa-park.html')]);
      // Only the story's picture: the logo and the sponsored links' pictures went with the page around it.
      expect(received).toEqual(['park-800.jpg|ילדים משחקים בפארק החדש']);
      const body = ((await s.articles.get(outcome!.id!)).doc as DocJSON).content!.slice(3);
      const figure = body.find((b) => b.type === 'figure')!;
      expect(figure.attrs).toEqual({ imageId: 'img-1' });
      expect(JSON.stringify(figure)).toContain('ילדים משחקים במתחם החדש, אתמול (צילום: יוסי כהן)');
      await s.close();
    });
  });

  it('a page that is not an article is kept whole, its first <h1> the headline', async () => {
    await withTempDir(async (dir) => {
      const s = await openTestRepo(join(dir, 'repo'));
      const html = '<!DOCTYPE html><html dir="rtl"><head><title>כותרת הדף</title></head><body><nav><a href="https://x.org/">תפריט</a></nav><h1>כותרת ראשית</h1><p>פסקה קצרה</p><footer>תחתית</footer></body></html>';
      const outcome = await s.imports.importBytes('short.html', Buffer.from(html));
      expect(outcome.headline).toBe('כותרת ראשית');
      const body = ((await s.articles.get(outcome.id!)).doc as DocJSON).content!.slice(3);
      expect(JSON.stringify(body)).toMatch(/תפריט.*פסקה קצרה.*תחתית/);
      await s.close();
    });
  });
});

describe('HTML import: files that cannot be read', () => {
  const png = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');
  const cases: [string, Buffer, RegExp, RegExp][] = [
    ['picture.html', png, /ייבוא הקובץ picture\.html נכשל: הקובץ אינו טקסט קריא/, /Importing picture\.html failed: the file is not readable text/],
    ['latin1.html', Buffer.from([0x3c, 0x70, 0x3e, 0xe9, 0x74, 0xe9, 0x3c, 0x2f, 0x70, 0x3e]), /אינו טקסט קריא/, /not readable text/],
    ['empty.html', Buffer.alloc(0), /ייבוא הקובץ empty\.html נכשל: הקובץ ריק/, /Importing empty\.html failed: the file is empty/],
    ['blank.htm', Buffer.from(' \n\t\n'), /הקובץ ריק/, /the file is empty/],
  ];
  for (const [name, bytes, he, en] of cases) {
    it(`${name}: a message in the person’s language, and nothing added`, async () => {
      await withTempDir(async (dir) => {
        const s = await openTestRepo(join(dir, 'repo'));
        const error = await new ImportService(s.articles).importBytes(name, bytes).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(KtavError);
        for (const [lang, expected] of [['he', he], ['en', en]] as const) {
          const { message } = errorInWords(error as KtavError, lang);
          expect(message).toMatch(expected);
          expect(message).not.toMatch(/TypeError|RangeError|encoded data|undefined|\bat \S+:\d+/);
        }
        expect(s.articles.list()).toHaveLength(0);
        await s.close();
      });
    });
  }

  it('a page in windows-1255 (as older Hebrew sites saved it) is read in its declared encoding', async () => {
    await withTempDir(async (dir) => {
      const s = await openTestRepo(join(dir, 'repo'));
      // "שלום עולם" in windows-1255.
      const hebrew = Buffer.from([0xf9, 0xec, 0xe5, 0xed, 0x20, 0xf2, 0xe5, 0xec, 0xed]);
      const bytes = Buffer.concat([Buffer.from('<html><head><meta charset="windows-1255"></head><body><p>'), hebrew, Buffer.from('</p></body></html>')]);
      const outcome = await s.imports.importBytes('old.html', bytes);
      expect(JSON.stringify((await s.articles.get(outcome.id!)).doc)).toContain('שלום עולם');
      await s.close();
    });
  });
});
