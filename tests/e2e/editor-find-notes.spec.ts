// Find and replace that ignores niqqud and final letters; notes for the desk that show in the
// editor and never leave Ktav; the word count that leaves notes out.
import { test, expect } from './fixtures.js';
import { EditorPage } from './editorPage.js';

test('find ignores niqqud and final letters, and replace-all changes every match in one undo step', async ({ app }) => {
  const page = app.page;
  const ed = await EditorPage.newArticle(page);
  await ed.type('ביְרוּשָׁלַיִם ובירושלים, ירושלמי');
  await page.keyboard.press('Control+f');
  const bar = page.getByRole('search', { name: 'חיפוש והחלפה' });
  await bar.getByLabel('חיפוש').fill('ירושלים');
  await expect(bar.getByRole('status')).toHaveText('2 תוצאות');
  await expect(ed.editor.locator('.ktav-find-match')).toHaveText(['יְרוּשָׁלַיִם', 'ירושלים']);
  // A final letter in the query matches the regular form in the text.
  await bar.getByLabel('חיפוש').fill('ירושלם');
  await expect(bar.getByRole('status')).toHaveText('תוצאה אחת');
  await bar.getByLabel('חיפוש').fill('ירושלים');
  await bar.getByLabel('החלפה ב־').fill('תל אביב');
  await bar.getByRole('button', { name: 'החלפת הכול' }).click();
  await expect(ed.paragraphs.first()).toHaveText('בתל אביב ובתל אביב, ירושלמי');
  await bar.getByLabel('חיפוש').press('Escape');
  await expect(bar).toBeHidden();
  await expect(ed.editor).toBeFocused();
  await page.keyboard.press('Control+z');
  await expect(ed.paragraphs.first()).toHaveText('ביְרוּשָׁלַיִם ובירושלים, ירושלמי');
});

test('a note for the desk shows in the editor, is not counted, and is never exported', async ({ app }) => {
  const page = app.page;
  const ed = await EditorPage.newArticle(page);
  await ed.type('הפארק נפתח היום');
  await page.keyboard.press('Control+Alt+KeyM');
  await ed.type('לבדוק את התאריך מול הדוברות');
  await page.keyboard.press('Control+Alt+KeyM');
  await ed.type(' בצהריים');
  await expect(ed.paragraphs.first().locator('mark.ktav-note')).toHaveText('לבדוק את התאריך מול הדוברות');
  await expect(page.getByTestId('word-count')).toHaveAttribute('data-words', '4');
  await ed.waitSaved();
  const html = await ed.exportHtml();
  expect(html).toContain('הפארק נפתח היום');
  expect(html).toContain('בצהריים');
  expect(html).not.toContain('לבדוק');
  expect(html).not.toContain('ktav-note');
});

test('the counts show words, characters and reading time', async ({ app }) => {
  const page = app.page;
  const ed = await EditorPage.newArticle(page);
  await ed.type('שלוש מילים כאן');
  const stats = page.getByTestId('word-count');
  await expect(stats).toContainText('3 מילים');
  await expect(stats).toContainText('14 תווים');
  await expect(stats).toContainText('זמן קריאה: דקה');
});
