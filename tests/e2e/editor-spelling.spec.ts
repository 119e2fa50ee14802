// Spell checking in the editor, typed with the keyboard into the real app: a misspelled word is
// underlined (a `.ktav-misspelled` decoration) once it is finished, correct Hebrew prose
// with prefixes, acronyms, maqaf compounds and English is not; Ktav's own menu (right-click,
// Alt+F7, Shift+F10) replaces the word in one undo step, adds it to the newsroom's dictionary
// (its prefixed forms pass too) or ignores it in this article (which survives reopening).
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures.js';
import { EditorPage } from './editorPage.js';
import { showLibrary } from '../paths/navigation.js';

/** The words underlined as misspelled: in the text, and in a pull quote's attribution widget (whose text is in CSS). */
const underlined = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.ProseMirror .ktav-misspelled')].map((s) => (s.closest('.ktav-attribution-shown') ? (s.dataset.text ?? '') : (s.textContent ?? ''))).sort(),
  );

const expectUnderlined = (page: Page, words: string[]) => expect.poll(() => underlined(page), { timeout: 10_000 }).toEqual([...words].sort());

/** Clicks the underlined word `word`, by default with the right button. */
async function rightClick(page: Page, word: string, button: 'left' | 'right' = 'right'): Promise<void> {
  await page.locator('.ProseMirror .ktav-misspelled', { hasText: word }).first().click({ button });
}

const menu = (page: Page) => page.getByRole('menu', { name: /^הצעות איות ל/ });

test('a misspelled word is underlined once finished, and the word being typed waits', async ({ app }) => {
  const page = app.page;
  const ed = await EditorPage.newArticle(page);
  // Chromium's own spell checker is off in the text.
  await expect(ed.editor).toHaveAttribute('spellcheck', 'false');
  await ed.type('הממשלה החליטה אתמל');
  // Typing stopped inside the word: it is not finished, so it is not underlined yet.
  await page.waitForTimeout(1200);
  expect(await underlined(page)).toEqual([]);
  await ed.type(' על תקציב חדש.');
  await expectUnderlined(page, ['אתמל']);
  await expect(ed.paragraphs.first()).toHaveText('הממשלה החליטה אתמל על תקציב חדש.');
});

test('correct Hebrew prose with prefixes, acronyms, maqaf compounds and English has no underline', async ({ app }) => {
  const page = app.page;
  const ed = await EditorPage.newArticle(page, { headline: 'ראש הממשלה נפגש עם נציגי צה"ל', lead: 'הפגישה נערכה בתל-אביב', byline: 'נועה לוי' });
  const lines = [
    'ראש הממשלה ויו"ר הכנסת נפגשו אתמול בירושלים ובתל-אביב עם נציגי צה"ל והמשטרה.',
    'לדברי הרמטכ"ל, כשהגיעו הכוחות לשכונה כבר היו בה מאות תושבים.',
    'השר אמר ל-Reuters כי "המצב הבין-לאומי מחייב החלטות מהירות".',
    'בשנה שעברה עלה מספר התלמידים בבתי-הספר העל-יסודיים ב-3.5% לעומת 2023.',
    'The minister said: "We will act now", ואחר כך עזב את המקום.',
    'מחירי הדירות בת"א עלו ב-2% לפי נתוני הלמ"ס, ודו"ח בנק ישראל צופה המשך עלייה.',
  ];
  for (const line of lines) {
    await ed.type(line);
    await page.keyboard.press('Enter');
  }
  // A misspelled word last: once it is underlined, everything typed before it has been checked.
  await ed.type('ולבסוף אתמל.');
  await expectUnderlined(page, ['אתמל']);
  await expect(ed.paragraphs.nth(0)).toContainText('צה״ל');
  await expect(ed.paragraphs.nth(2)).toContainText('ל־Reuters');
});

test('a suggestion from the right-click menu replaces the word, and one Ctrl+Z brings it back', async ({ app }) => {
  const page = app.page;
  const ed = await EditorPage.newArticle(page);
  await ed.type('הממשלה החליטה אתמל על תקציב חדש.');
  await expectUnderlined(page, ['אתמל']);
  await rightClick(page, 'אתמל');
  await expect(menu(page)).toBeVisible();
  await expect(menu(page).getByRole('menuitem', { name: 'הוספה למילון המערכת' })).toBeVisible();
  await expect(menu(page).getByRole('menuitem', { name: 'התעלמות בכתבה זו' })).toBeVisible();
  // The first suggestion comes first and takes the focus.
  const first = menu(page).getByRole('menuitem').first();
  await expect(first).toHaveText('אתמול');
  await expect(first).toBeFocused();
  // Legacy mode: the shell allows no second page, which axe would open.
  const axe = await new AxeBuilder({ page }).setLegacyMode(true).include('.spelling-menu').analyze();
  expect(axe.violations).toEqual([]);
  await first.click();
  await expect(menu(page)).toBeHidden();
  await expect(ed.editor).toBeFocused();
  await expect(ed.paragraphs.first()).toHaveText('הממשלה החליטה אתמול על תקציב חדש.');
  await expectUnderlined(page, []);
  await page.keyboard.press('Control+z');
  await expect(ed.paragraphs.first()).toHaveText('הממשלה החליטה אתמל על תקציב חדש.');
  await expectUnderlined(page, ['אתמל']);
});

test('Alt+F7 goes to the next misspelled word with the menu open; arrows, Enter and Escape work it', async ({ app }) => {
  const page = app.page;
  const ed = await EditorPage.newArticle(page);
  await ed.type('הוועדה אישרה את התקציבב לשנה הבאה.');
  await page.keyboard.press('Enter');
  await ed.type('הממשלה החליטה אתמל על תקציב חדש.');
  await expectUnderlined(page, ['אתמל', 'התקציבב']);
  // The shortcuts sheet knows both keys.
  await page.keyboard.press('F1');
  const sheet = page.getByRole('dialog', { name: 'קיצורי מקלדת' });
  await expect(sheet.getByRole('row', { name: /המילה השגויה הבאה/ })).toContainText('Alt+F7');
  await expect(sheet.getByRole('row', { name: /הצעות איות למילה שבסמן/ })).toContainText('Shift+F10');
  await page.keyboard.press('Escape');
  await expect(ed.editor).toBeFocused();
  // From the end of the article, the next one is the first of the article.
  await page.keyboard.press('Alt+F7');
  await expect(menu(page)).toHaveAttribute('aria-label', 'הצעות איות ל־התקציבב');
  const items = menu(page).getByRole('menuitem');
  await expect(items.first()).toHaveText('התקציב');
  await expect(items.first()).toBeFocused();
  await page.keyboard.press('ArrowUp'); // wraps to the last item
  await expect(items.last()).toHaveText('התעלמות בכתבה זו');
  await expect(items.last()).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(menu(page)).toBeHidden();
  await expect(ed.editor).toBeFocused();
  // Escape changed nothing; Alt+F7 again goes on to the next word, Enter takes the suggestion.
  await page.keyboard.press('Alt+F7');
  await expect(menu(page)).toHaveAttribute('aria-label', 'הצעות איות ל־אתמל');
  await expect(items.first()).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(ed.paragraphs.nth(1)).toHaveText('הממשלה החליטה אתמול על תקציב חדש.');
  // Shift+F10 on the word at the caret opens the same menu.
  await rightClick(page, 'התקציבב', 'left');
  await page.keyboard.press('Shift+F10');
  await expect(menu(page)).toHaveAttribute('aria-label', 'הצעות איות ל־התקציבב');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Escape');
  await expect(ed.paragraphs.first()).toHaveText('הוועדה אישרה את התקציבב לשנה הבאה.');
});

test('a word added to the newsroom dictionary passes, with its prefixed forms', async ({ app }) => {
  const page = app.page;
  const ed = await EditorPage.newArticle(page);
  await ed.type('ראיון עם זלנסקי היום.');
  await expectUnderlined(page, ['זלנסקי']);
  await rightClick(page, 'זלנסקי');
  await menu(page).getByRole('menuitem', { name: 'הוספה למילון המערכת' }).click();
  await expectUnderlined(page, []);
  await expect(page.getByRole('status').filter({ hasText: 'נוספה למילון המערכת' })).toBeVisible();
  expect(await readFile(join(app.repoDir, 'dictionary.txt'), 'utf8')).toBe('זלנסקי\n');
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await ed.type('ולזלנסקי אמרו, והזלנסקי ענה, ובזלנסקי בחרו. אתמל.');
  await expectUnderlined(page, ['אתמל']);
});

test('a word ignored in this article is not underlined, also after the article is opened again', async ({ app }) => {
  const page = app.page;
  const ed = await EditorPage.newArticle(page);
  await ed.type('החברה Agrosense גייסה כסף אתמל.');
  await expectUnderlined(page, ['Agrosense', 'אתמל']);
  await rightClick(page, 'Agrosense');
  await menu(page).getByRole('menuitem', { name: 'התעלמות בכתבה זו' }).click();
  await expectUnderlined(page, ['אתמל']);
  await ed.waitSaved();

  await app.restart();
  await showLibrary(app.page);
  await app.page.getByRole('button', { name: 'פתיחת הכתבה כותרת' }).click();
  const again = new EditorPage(app.page);
  await expect(again.paragraphs.first()).toHaveText('החברה Agrosense גייסה כסף אתמל.');
  await expectUnderlined(app.page, ['אתמל']);
  // Only in this article: another one underlines it.
  await showLibrary(app.page);
  const other = await EditorPage.newArticle(app.page, { headline: 'אחרת', lead: 'משנה', byline: 'נועה לוי' });
  await other.type('גם Agrosense.');
  await expectUnderlined(app.page, ['Agrosense']);
});

test('a misspelled word in a pull quote’s attribution is underlined and fixed from the menu', async ({ app }) => {
  const page = app.page;
  const ed = await EditorPage.newArticle(page);
  await ed.type('הפארק נפתח היום.');
  await page.keyboard.press('Enter');
  await ed.type('חיכינו יותר מעשור');
  await page.keyboard.press('Control+Alt+KeyP');
  await page.keyboard.press('Control+Alt+KeyA');
  const field = page.getByRole('textbox', { name: 'מקור הציטוט' });
  await expect(field).toBeFocused();
  await expect(field).toHaveAttribute('spellcheck', 'false');
  await page.keyboard.type('דובר העירייהה');
  await page.keyboard.press('Enter');
  await expectUnderlined(page, ['הפארק', 'העירייהה']);
  const quote = ed.editor.locator('aside.ktav-pull-quote');
  await expect(quote).toHaveText('חיכינו יותר מעשור');
  await quote.locator('.ktav-misspelled').click({ button: 'right' });
  await menu(page).getByRole('menuitem', { name: 'העירייה', exact: true }).click();
  await expect(quote).toHaveAttribute('data-attribution', 'דובר העירייה');
  await expectUnderlined(page, ['הפארק']);
  await page.keyboard.press('Control+z');
  await expect(quote).toHaveAttribute('data-attribution', 'דובר העירייהה');
});
