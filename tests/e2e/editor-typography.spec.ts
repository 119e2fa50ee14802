// Hebrew typography while typing: the safe fixes happen as input rules (and one Ctrl+Z takes a
// fix back), English smart quotes never run, and the other findings are underlined with a fix
// and a "fix all of this kind".
import { test, expect } from './fixtures.js';
import { EditorPage } from './editorPage.js';
import type { KtavApi } from '../../shared/api/client.js';

test('typing an acronym makes gershayim, and one undo gives back exactly what was typed', async ({ app }) => {
  const page = app.page;
  const ed = await EditorPage.newArticle(page);
  await ed.type('צה"ל');
  await expect(ed.paragraphs.first()).toHaveText('צה״ל');
  await page.keyboard.press('Control+z');
  await expect(ed.paragraphs.first()).toHaveText('צה"ל');
  await page.keyboard.press('Control+z');
  await expect(ed.paragraphs.first()).toHaveText('');
});

test('typing after an automatic fix is a separate undo step from the fix', async ({ app }) => {
  const page = app.page;
  const ed = await EditorPage.newArticle(page);
  await ed.type('יו"ר הוועד');
  await expect(ed.paragraphs.first()).toHaveText('יו״ר הוועד');
  await page.keyboard.press('Control+z');
  await expect(ed.paragraphs.first()).toHaveText('יו״ר');
  await page.keyboard.press('Control+z');
  await expect(ed.paragraphs.first()).toHaveText('יו"ר');
});

test('a quote typed between two Hebrew letters becomes gershayim at once', async ({ app }) => {
  const page = app.page;
  const ed = await EditorPage.newArticle(page);
  await ed.type('יור');
  await page.keyboard.press('ArrowRight'); // RTL: one letter back
  await ed.type('"');
  await expect(ed.paragraphs.first()).toHaveText('יו״ר');
});

test('geresh, maqaf and dash are fixed as they are typed', async ({ app }) => {
  const ed = await EditorPage.newArticle(app.page);
  await ed.type("ראו מס' 4 ב-2024 ובשעות 10 - 16");
  await expect(ed.paragraphs.first()).toHaveText('ראו מס׳ 4 ב־2024 ובשעות 10 – 16');
});

test('English smart-quote rules never run: quotation marks stay as typed', async ({ app }) => {
  const ed = await EditorPage.newArticle(app.page);
  await ed.type('אמר "שלום" ואז "Hello" ויצא');
  await expect(ed.paragraphs.first()).toHaveText('אמר "שלום" ואז "Hello" ויצא');
});

test('a finding is underlined, explained and fixed with one click', async ({ app }) => {
  const page = app.page;
  const ed = await EditorPage.newArticle(page);
  await ed.type('תושבים , עסקים');
  const finding = ed.paragraphs.first().locator('.ktav-finding[data-rule="space-before-punctuation"]');
  await expect(finding).toHaveClass(/ktav-finding-error/);
  await expect(page.getByTestId('findings-count')).toHaveText('הערת הקלדה אחת');
  await finding.click();
  const card = page.getByRole('region', { name: 'הגהה' });
  await expect(card).toContainText('אין רווח לפני סימן פיסוק');
  await card.getByRole('button', { name: 'תיקון', exact: true }).click();
  await expect(ed.paragraphs.first()).toHaveText('תושבים, עסקים');
  await expect(page.getByTestId('findings-count')).toHaveText('אין הערות הקלדה');
  await page.keyboard.press('Control+z');
  await expect(ed.paragraphs.first()).toHaveText('תושבים , עסקים');
});

test('"fix all of this kind" fixes every finding of that rule and leaves the others', async ({ app }) => {
  const page = app.page;
  const ed = await EditorPage.newArticle(page);
  await ed.type('מכרז בין- לאומי');
  await page.keyboard.press('Enter');
  await ed.type('חברה רב- תחומית ושני  רווחים');
  await expect(ed.editor.locator('.ktav-finding[data-rule="broken-compound"]')).toHaveCount(2);
  await expect(ed.editor.locator('.ktav-finding[data-rule="double-space"]')).toHaveCount(1);
  await ed.editor.locator('.ktav-finding[data-rule="broken-compound"]').first().click();
  await page.getByRole('button', { name: 'תיקון הכול מסוג זה' }).click();
  await expect(ed.paragraphs).toHaveText(['מכרז בין־לאומי', /^חברה רב־תחומית ושני\s\s?רווחים$/]);
  await expect(ed.editor.locator('.ktav-finding[data-rule="broken-compound"]')).toHaveCount(0);
  await expect(ed.editor.locator('.ktav-finding[data-rule="double-space"]')).toHaveCount(1);
});

test('the house style decides: with the hyphen kept, no maqaf is typed', async ({ app }) => {
  const page = app.page;
  await page.evaluate(() => (window as unknown as { ktav: KtavApi }).ktav.houseStyle.set({ joiner: 'hyphen' }));
  const ed = await EditorPage.newArticle(page);
  await ed.type('ב-2024');
  await expect(ed.paragraphs.first()).toHaveText('ב-2024');
  await expect(ed.editor.locator('.ktav-finding')).toHaveCount(0);
});
