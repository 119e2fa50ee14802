// Import from the library: a Hebrew Word document and a Markdown file chosen with the import
// button become articles; the Word paragraphs open right-to-left.
import { test, expect } from './fixtures.js';
import { buildDocx } from '../support/docx.js';

test('a .docx and a .md chosen with the import button become articles', async ({ app }) => {
  test.slow(); // a whole path typed with the keyboard, on a shared machine
  const page = app.page;
  const docx = buildDocx([
    { text: 'הכנסת אישרה את החוק', style: 'Title', rtl: true },
    { rtl: true, runs: [{ text: 'החוק ' }, { text: 'עבר', bold: true }, { text: ' בקריאה שלישית.' }] },
  ]);
  await page.getByLabel('ייבוא קבצים', { exact: true }).setInputFiles([
    { name: 'חוק.docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', buffer: Buffer.from(docx) },
    { name: 'notes.md', mimeType: 'text/markdown', buffer: Buffer.from('# סיכום הישיבה\n\n- סעיף ראשון\n- סעיף שני\n') },
  ]);
  await expect(page.getByRole('status').filter({ hasText: '2 כתבות יובאו' })).toBeVisible();
  await expect(page.locator('table.article-list tbody tr')).toHaveCount(2);

  await page.getByRole('button', { name: 'פתיחת הכתבה הכנסת אישרה את החוק' }).click();
  const editor = page.getByRole('textbox', { name: 'עורך הכתבה' });
  await expect(editor.locator('h1')).toHaveText('הכנסת אישרה את החוק');
  const paragraph = editor.locator('p:not([class])').first();
  await expect(paragraph).toHaveText('החוק עבר בקריאה שלישית.');
  await expect(paragraph).toHaveAttribute('dir', 'rtl');
  await expect(paragraph.locator('strong')).toHaveText('עבר');
  await page.getByRole('button', { name: 'חזרה למאגר' }).click();

  await page.getByRole('button', { name: 'פתיחת הכתבה סיכום הישיבה' }).click();
  await expect(page.getByRole('textbox', { name: 'עורך הכתבה' }).locator('li')).toHaveText(['סעיף ראשון', 'סעיף שני']);
});
