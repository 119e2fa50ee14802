// Paste from Word, LibreOffice, Google Docs and a web page (clipboard HTML as each produces it,
// in tests/e2e/fixtures/paste/): structure and direction kept, styling dropped, and no script,
// event handler, javascript: link or foreign image ever gets into the article. Plain text
// splits into paragraphs on blank lines.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test, expect } from './fixtures.js';
import { EditorPage } from './editorPage.js';

const fixture = (name: string) => readFile(join(import.meta.dirname, 'fixtures', 'paste', name), 'utf8');

/** What must never be in the editor after any paste. */
async function expectNothingForeign(ed: EditorPage): Promise<void> {
  await expect(ed.editor.locator('img, script, style, iframe, figure, [onclick], [onerror], [onmouseover], [style]')).toHaveCount(0);
  await expect(ed.editor.locator('a[href^="javascript:"], a[href^="data:"], a[target]')).toHaveCount(0);
  const html = await ed.editor.innerHTML();
  expect(html).not.toMatch(/mso-|o:p|MsoNormal|docs-internal-guid/);
}

test('paste from Microsoft Word keeps headings, bold, italic, links, lists and direction, and drops the rest', async ({ app }) => {
  const ed = await EditorPage.newArticle(app.page);
  await ed.paste({ html: await fixture('word.html'), text: 'ignored' });
  await expect(ed.editor.locator('h2')).toHaveText('הפארק החדש בשכונת הדר');
  const first = ed.paragraphs.filter({ hasText: 'ראש העירייה' });
  await expect(first).toHaveAttribute('dir', 'rtl');
  await expect(first.locator('strong')).toHaveText('חנך');
  await expect(first.locator('em')).toHaveText('Green Cities Design');
  await expect(first.locator('a')).toHaveAttribute('href', 'https://www.example-city.gov.il/parks');
  await expect(ed.editor.locator('ul > li')).toHaveText(['מתקני כושר לכל הגילים', 'שביל אופניים באורך 2.3 ק״מ']);
  await expect(ed.paragraphs.filter({ hasText: 'The technology is ready.' })).toHaveAttribute('dir', 'ltr');
  await expect(ed.paragraphs.filter({ hasText: 'קישור זדוני' }).locator('a')).toHaveCount(0);
  await expectNothingForeign(ed);
  await ed.waitSaved();
  const html = await ed.exportHtml();
  expect(html).toContain('<p dir="ltr">The technology is ready.</p>');
  expect(html).not.toMatch(/javascript:|<img|onerror/);
});

test('paste from LibreOffice keeps its heading, numbered list and left-to-right paragraph; scripts never run', async ({ app }) => {
  const page = app.page;
  const ed = await EditorPage.newArticle(page);
  await ed.paste({ html: await fixture('libreoffice.html') });
  await expect(ed.editor.locator('h3')).toHaveText('כותרת ביניים מ־LibreOffice');
  const p = ed.paragraphs.filter({ hasText: 'גייסה' });
  await expect(p.locator('strong')).toHaveText('30 מיליון דולר');
  await expect(p.locator('em')).toHaveText('B');
  await expect(ed.editor.locator('ol > li')).toHaveText(['הקמת קו ייצור', 'התרחבות לאירופה']);
  await expect(ed.paragraphs.filter({ hasText: 'Northgate' })).toHaveAttribute('dir', 'ltr');
  await expect(ed.paragraphs.filter({ hasText: 'טקסט צבוע' })).toBeVisible();
  await expectNothingForeign(ed);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: boolean }).__pwned)).toBeUndefined();
});

test('paste from Google Docs keeps bold and italic spans, the link and each list item’s direction, without making everything bold', async ({ app }) => {
  const ed = await EditorPage.newArticle(app.page);
  await ed.paste({ html: await fixture('google-docs.html') });
  await expect(ed.editor.locator('h2')).toHaveText('החיישן של החברה');
  const p = ed.paragraphs.filter({ hasText: 'החיישן משדר' });
  await expect(p.locator('strong')).toHaveText('אפליקציה');
  await expect(p.locator('em')).toHaveText('הייעודית');
  await expect(p.locator('a')).toHaveAttribute('href', 'https://agrosense.example.com/news');
  await expect(ed.editor.locator('h2 strong, ul strong')).toHaveCount(0);
  await expect(ed.editor.locator('ul > li')).toHaveText(['45 עובדים כיום', 'Sensors in 12 countries']);
  await expect(ed.editor.locator('ul > li').nth(1)).toHaveAttribute('dir', 'ltr');
  await expectNothingForeign(ed);
});

test('paste from a web page keeps text structure and drops scripts, handlers, frames, trackers and foreign pictures', async ({ app }) => {
  const page = app.page;
  const title = await page.title();
  const ed = await EditorPage.newArticle(page);
  await ed.paste({ html: await fixture('web-page.html') });
  await expect(ed.editor.locator('h2')).toHaveText('כותרת מאתר חדשות');
  const p = ed.paragraphs.filter({ hasText: 'פסקה עם' });
  await expect(p.locator('strong')).toHaveText('הדגשה');
  await expect(p.locator('a')).toHaveAttribute('href', 'https://news.example.org/story?id=1');
  await expect(ed.paragraphs.filter({ hasText: 'כיתוב של תמונה זרה' })).toHaveCount(1);
  await expect(ed.paragraphs.filter({ hasText: 'עם קישור data' }).locator('a')).toHaveCount(0);
  await expectNothingForeign(ed);
  expect(await page.title()).toBe(title);
});

test('plain text splits into paragraphs on blank lines, keeps single line breaks, and detects each paragraph’s direction', async ({ app }) => {
  const ed = await EditorPage.newArticle(app.page);
  await ed.paste({ text: 'שורה ראשונה\nהמשך השורה\n\nפסקה שנייה\n\n\nA plain English paragraph' });
  await expect(ed.paragraphs).toHaveText(['שורה ראשונההמשך השורה', 'פסקה שנייה', 'A plain English paragraph']);
  await expect(ed.paragraphs.first().locator('br')).toHaveCount(1);
  await expect(ed.paragraphs.nth(2)).toHaveAttribute('dir', 'ltr');
});
