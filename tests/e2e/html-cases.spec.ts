// The real-world HTML table (tests/support/htmlCases.ts) pasted into the editor in Chromium, with
// the same expectations as an import of the same HTML in main. The paste is a real paste event
// carrying the raw HTML, as Word or a browser put it on the clipboard: Chromium's own
// clipboard API would sanitize it first and hide what Ktav must handle itself. Nothing may run:
// no dialog opens and no payload sets `window.__pwned`.
import { test, expect } from './fixtures.js';
import { EditorPage } from './editorPage.js';
import { HTML_CASES, caseProblems } from '../support/htmlCases.js';

for (const c of HTML_CASES.filter((c) => !c.importOnly)) {
  test(`paste: ${c.name}`, async ({ app }) => {
    const page = app.page;
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    const title = await page.title();
    const ed = await EditorPage.newArticle(page);
    await ed.paste({ html: c.html, text: 'plain text the HTML must win over' });
    await expect(ed.editor).toContainText(c.texts[0]!.slice(0, 12));
    await ed.waitSaved();
    expect(caseProblems(c, await ed.savedDoc())).toEqual([]);
    // Give a deferred payload (an error event, a timer) its chance before looking.
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
    expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(dialogs).toEqual([]);
    expect(await page.title()).toBe(title);
    await expect(ed.editor.locator('script, style, iframe, img, svg, object, embed, [onerror], [onclick], [style]')).toHaveCount(0);
  });
}

test('copy and paste inside Ktav keeps figures, pull quotes and each block’s direction', async ({ app }) => {
  const page = app.page;
  const field = (type: string, text = '') => ({ type, attrs: { dir: 'auto' }, ...(text ? { content: [{ type: 'text', text }] } : {}) });
  const doc = {
    type: 'doc',
    content: [
      field('headline', 'כתבה להעתקה'),
      field('subheadline'),
      field('byline'),
      { type: 'paragraph', attrs: { dir: 'rtl' }, content: [{ type: 'text', text: 'פסקה ראשונה' }] },
      { type: 'pull_quote', attrs: { dir: 'auto', attribution: 'דוברת העירייה' }, content: [{ type: 'text', text: 'ציטוט מודגש' }] },
      { type: 'figure', attrs: { imageId: 'img1' }, content: [{ type: 'figcaption', attrs: { dir: 'auto' }, content: [{ type: 'text', text: 'כיתוב' }] }] },
      { type: 'paragraph', attrs: { dir: 'ltr' }, content: [{ type: 'text', text: 'An English paragraph' }] },
    ],
  };
  const ed = await EditorPage.openSaved(page, doc, 'כתבה להעתקה');
  await ed.paragraphs.filter({ hasText: 'פסקה ראשונה' }).click();
  await page.keyboard.press('Home');
  await page.keyboard.press('Shift+Control+End');
  // ProseMirror's own copy writes the clipboard; the paste reads back what it wrote.
  const html = await ed.editor.evaluate((el) => {
    const dt = new DataTransfer();
    el.dispatchEvent(new ClipboardEvent('copy', { clipboardData: dt, bubbles: true, cancelable: true }));
    return dt.getData('text/html');
  });
  expect(html).toContain('data-pm-slice');
  await page.keyboard.press('Control+End');
  await page.keyboard.press('Enter');
  await ed.paste({ html });
  await ed.waitSaved();
  const body = (await ed.savedDoc()).content!.slice(3);
  expect(body.map((b) => b.type)).toEqual(['paragraph', 'pull_quote', 'figure', 'paragraph', 'paragraph', 'pull_quote', 'figure', 'paragraph']);
  // The first pasted paragraph fills the empty one the caret was in, and keeps that one's direction.
  expect(body[4]).toMatchObject({ content: [{ text: 'פסקה ראשונה' }] });
  expect(body[5]!.attrs).toMatchObject({ attribution: 'דוברת העירייה' });
  expect(body[6]!.attrs).toEqual({ imageId: 'img1' });
  expect(body[7]!.attrs!.dir).toBe('ltr');
});

test('a phrase copied from a page, pasted into the headline or inside a paragraph, stays in its line', async ({ app }) => {
  const page = app.page;
  const phrase = '<html><body><!--StartFragment--><span style="color: rgb(0, 0, 0); font-family: Arial;">ביטוי </span><b>מודגש</b><!--EndFragment--></body></html>';
  const ed = await EditorPage.newArticle(page, { headline: 'כותרת', lead: 'משנה', byline: 'כתב' });
  await ed.type('לפני אחרי');
  for (let i = 0; i < 'אחרי'.length; i++) await page.keyboard.press('ArrowRight'); // right-to-left: ArrowRight moves back
  await ed.paste({ html: phrase });
  await expect(ed.paragraphs).toHaveText(['לפני ביטוי מודגשאחרי']);
  await expect(ed.paragraphs.locator('strong')).toHaveText('מודגש');

  await ed.editor.locator('h1').click();
  await page.keyboard.press('End');
  await ed.paste({ html: phrase });
  await expect(ed.editor.locator('h1')).toHaveText('כותרתביטוי מודגש');
  await expect(ed.editor.locator('h1 strong')).toHaveCount(0);
  await expect(ed.editor.locator('h1')).toHaveCount(1);
});
