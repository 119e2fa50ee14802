import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import type { DocJSON } from '../../../shared/editor/document.js';
import type { PictureImporter } from '../../../main/services/import/pictureImporter.js';
import { createServices } from '../../../main/services/services.js';
import { MemorySettings } from '../../../main/services/settings/settingsStore.js';
import { buildDocx } from '../../support/docx.js';
import { openTestRepo } from '../../support/repo.js';
import { withTempDir } from '../../support/tempDir.js';
import { inWords } from '../../../shared/i18n/translate.js';
import type { ImportOutcomeInfo } from '../../../shared/model/repository.js';

/** A stand-in for the media library that records what it was given. */
class RecordingPictures implements PictureImporter {
  received: { name: string; size: number; alt?: string }[] = [];
  async importPicture(bytes: Uint8Array, name: string, alt?: string): Promise<string> {
    this.received.push({ name, size: bytes.length, alt });
    return `img-${this.received.length}`;
  }
}

const body = (doc: DocJSON) => (doc.content ?? []).slice(3);
const text = (n: DocJSON): string => n.text ?? (n.content ?? []).map(text).join('');
const png = () => sharp({ create: { width: 8, height: 8, channels: 3, background: '#3a7' } }).png().toBuffer();

describe('import', () => {
  it('a Hebrew .docx keeps its title, headings, emphasis and links, and comes in right-to-left', async () => {
    await withTempDir(async (dir) => {
      const file = join(dir, 'כתבה.docx');
      await writeFile(
        file,
        buildDocx([
          { text: 'ראש העירייה חנך את הפארק', style: 'Title', rtl: true },
          { text: 'רקע', style: 'Heading1', rtl: true },
          { rtl: true, runs: [{ text: 'הפארק ' }, { text: 'החדש', bold: true }, { text: ' נפתח ' }, { text: 'היום', italic: true }] },
          { rtl: true, runs: [{ text: 'פרטים באתר ' }, { text: 'העירייה', link: 'https://example.org/park' }] },
          { rtl: true, text: '2024' },
        ]),
      );
      const s = await openTestRepo(join(dir, 'repo'));
      const [outcome] = await s.imports.importFiles([file]);
      expect(outcome).toMatchObject({ headline: 'ראש העירייה חנך את הפארק' });
      const doc = (await s.articles.get(outcome!.id!)).doc as DocJSON;
      const blocks = body(doc);
      expect(blocks.map((b) => [b.type, b.attrs?.dir])).toEqual([
        ['heading', 'rtl'],
        ['paragraph', 'rtl'],
        ['paragraph', 'rtl'],
        ['paragraph', 'rtl'], // "2024" has no letters: the document's right-to-left default
      ]);
      const marks = (blocks[1]!.content ?? []).map((n) => [n.text, (n.marks ?? []).map((m) => m.type).join()]);
      expect(marks).toEqual([['הפארק ', ''], ['החדש', 'strong'], [' נפתח ', ''], ['היום', 'em']]);
      expect(blocks[2]!.content![1]!.marks![0]).toMatchObject({ type: 'link', attrs: { href: 'https://example.org/park' } });
      await s.close();
    });
  });

  it('pictures inside a .docx and beside a .md file go to the media library and become figures', async () => {
    await withTempDir(async (dir) => {
      const pictures = new RecordingPictures();
      const s = await createServices(join(dir, 'repo'), new MemorySettings(), { pictures });
      const docx = join(dir, 'with-picture.docx');
      await writeFile(docx, buildDocx([{ text: 'תמונה מהפארק', style: 'Title', rtl: true }, { rtl: true, picture: true }, { rtl: true, text: 'סוף' }], await png()));
      await mkdir(join(dir, 'md'));
      await writeFile(join(dir, 'md', 'park.png'), await png());
      await writeFile(join(dir, 'md', 'a.md'), '# כותרת\n\n![ילדים משחקים](park.png)\n\n![מחוץ לתיקייה](../with-picture.docx)\n');
      const results = await s.imports.importFiles([docx, join(dir, 'md', 'a.md')]);
      expect(pictures.received.map((p) => p.name)).toEqual(['picture-1.png', 'park.png']);
      expect(pictures.received[1]!.alt).toBe('ילדים משחקים');
      const figures = async (id: string) => body((await s.articles.get(id)).doc as DocJSON).filter((b) => b.type === 'figure');
      expect((await figures(results[0]!.id!))[0]!.attrs).toEqual({ imageId: 'img-1' });
      expect((await figures(results[1]!.id!))[0]!.attrs).toEqual({ imageId: 'img-2' });
      // A picture reference that leaves the file's folder is never read.
      expect(results[1]!.picturesLeftOut).toBe(1);
      await s.close();
    });
  });

  it('Markdown: the # heading is the headline; lists, quotes, emphasis and links come through; raw HTML stays text', async () => {
    await withTempDir(async (dir) => {
      const file = join(dir, 'a.md');
      await writeFile(
        file,
        '# הפגנה בירושלים\n\nאלפים **הפגינו** אתמול, ראו [אתר](https://example.org).\n\n- פריט ראשון\n- פריט שני\n\n1. אחד\n2. שניים\n\n> ציטוט חשוב\n\n<script>alert(1)</script>\n\nEnglish paragraph here.\n',
      );
      const s = await openTestRepo(join(dir, 'repo'));
      const [outcome] = await s.imports.importFiles([file]);
      expect(outcome!.headline).toBe('הפגנה בירושלים');
      const blocks = body((await s.articles.get(outcome!.id!)).doc as DocJSON);
      expect(blocks.map((b) => b.type)).toEqual(['paragraph', 'bullet_list', 'ordered_list', 'blockquote', 'paragraph', 'paragraph']);
      expect(text(blocks[1]!)).toBe('פריט ראשוןפריט שני');
      expect(text(blocks[4]!)).toBe('<script>alert(1)</script>');
      expect(blocks[5]!.attrs!.dir).toBe('ltr');
      expect(blocks[0]!.content!.find((n) => n.text === 'הפגינו')!.marks![0]!.type).toBe('strong');
      await s.close();
    });
  });

  it('HTML goes through the whitelist: scripts, styles, handlers and javascript: links are dropped', async () => {
    await withTempDir(async (dir) => {
      const file = join(dir, 'page.html');
      await writeFile(
        file,
        `<!DOCTYPE html><html dir="rtl"><head><title>כותרת הדף</title><style>p{color:red}</style><script>alert(1)</script></head>
<body><p onclick="alert(1)">שלום <a href="javascript:alert(1)">קישור רע</a> ו<a href="https://example.org">קישור טוב</a><br>שורה שנייה</p>
<p>עם <span dir="ltr" lang="en">Green Cities</span> &amp; עוד<p>פסקה לא סגורה</body></html>`,
      );
      const s = await openTestRepo(join(dir, 'repo'));
      const [outcome] = await s.imports.importFiles([file]);
      expect(outcome!.headline).toBe('כותרת הדף');
      const doc = (await s.articles.get(outcome!.id!)).doc as DocJSON;
      const json = JSON.stringify(doc);
      expect(json).not.toMatch(/alert|javascript|onclick|color:red/);
      const blocks = body(doc);
      expect(blocks.map(text)).toEqual(['שלום קישור רע וקישור טובשורה שנייה', 'עם Green Cities & עוד', 'פסקה לא סגורה']);
      expect(blocks[0]!.content!.some((n) => n.type === 'hard_break')).toBe(true);
      expect(blocks[1]!.content![1]!.marks![0]).toMatchObject({ type: 'bidi', attrs: { dir: 'ltr', lang: 'en' } });
      await s.close();
    });
  });

  it('plain text: the first line is the headline; an unsupported or unreadable file is reported and adds nothing', async () => {
    await withTempDir(async (dir) => {
      await writeFile(join(dir, 'a.txt'), '\nכותרת מהשורה הראשונה\nפסקה אחת\n\nפסקה שתיים\n');
      await writeFile(join(dir, 'b.odt'), 'not really');
      await writeFile(join(dir, 'c.docx'), 'not a zip');
      const s = await openTestRepo(join(dir, 'repo'));
      const results = await s.imports.importFiles([join(dir, 'a.txt'), join(dir, 'b.odt'), join(dir, 'c.docx')]);
      expect(results[0]).toMatchObject({ headline: 'כותרת מהשורה הראשונה' });
      expect(body((await s.articles.get(results[0]!.id!)).doc as DocJSON).map(text)).toEqual(['פסקה אחת', 'פסקה שתיים']);
      const [, odt, docx] = inWords<ImportOutcomeInfo[]>(results, 'he');
      expect(odt!.error).toMatchObject({ code: 'invalid-arguments' });
      expect(odt!.error!.message).toContain('b.odt');
      expect(odt!.error!.message).toContain('אינו נתמך');
      expect(docx!.error).toMatchObject({ code: 'invalid-document' });
      expect(docx!.error!.message).toContain('ייבוא הקובץ c.docx נכשל');
      expect(s.articles.list()).toHaveLength(1);
      await s.close();
    });
  });
});
