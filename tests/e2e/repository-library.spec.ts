// The desk's library: metadata set in the details panel shows in the list and filters it; the
// list is navigated with the keyboard; Hebrew search finds a word inside a prefixed form and
// highlights it; an article goes to the trash and comes back.
import { test, expect } from './fixtures.js';
import type { Page } from '@playwright/test';

async function typeArticle(page: Page, headline: string, body: string) {
  await page.getByRole('button', { name: 'כתבה חדשה' }).click();
  await expect(page.getByRole('textbox', { name: 'עורך הכתבה' })).toBeFocused();
  await page.keyboard.type(headline);
  for (let i = 0; i < 3; i++) await page.keyboard.press('Enter');
  await page.keyboard.type(body);
  await expect(page.locator('.save-indicator')).toHaveAttribute('data-state', 'saved');
}

test('details, filters, keyboard, Hebrew search and trash in the library', async ({ app }) => {
  test.slow(); // a whole path typed with the keyboard, on a shared machine
  const page = app.page;
  await typeArticle(page, 'משחק הגמר בכדורסל', 'הקבוצה ניצחה אתמול ובירושלים חגגו עד הבוקר.');

  const panel = page.getByRole('complementary', { name: 'חלונית הכתבה' });
  await panel.getByRole('tab', { name: 'פרטים' }).click();
  await panel.getByLabel('סטטוס').selectOption({ label: 'מוכנה לעריכה' });
  await panel.getByLabel('מדור').fill('ספורט');
  await panel.getByLabel('תגיות').fill('כדורסל, גמר');
  await panel.getByRole('button', { name: 'שמירת הפרטים' }).click();
  await expect(panel.getByRole('status')).toHaveText('הפרטים נשמרו');
  await page.getByRole('button', { name: 'חזרה למאגר' }).click();

  await typeArticle(page, 'תקציב המדינה', 'הממשלה אישרה את התקציב.');
  await page.getByRole('button', { name: 'חזרה למאגר' }).click();

  const rows = page.locator('table.article-list tbody tr');
  await expect(rows).toHaveCount(2);
  await expect(rows.filter({ hasText: 'משחק הגמר' })).toContainText('ספורט');
  await expect(rows.filter({ hasText: 'משחק הגמר' })).toContainText('מוכנה לעריכה');

  await page.getByLabel('סטטוס', { exact: true }).selectOption({ label: 'מוכנה לעריכה' });
  await expect(rows).toHaveCount(1);
  await page.getByLabel('סטטוס', { exact: true }).selectOption({ label: 'הכול' });
  await page.getByLabel('תגית', { exact: true }).selectOption('כדורסל');
  await expect(rows).toHaveCount(1);
  await page.getByLabel('תגית', { exact: true }).selectOption({ label: 'הכול' });
  await expect(rows).toHaveCount(2);

  // Keyboard: the newest article is first; arrow down chooses the next one, Enter opens it.
  await rows.first().getByRole('button', { name: /^פתיחת הכתבה/ }).focus();
  await page.keyboard.press('ArrowDown');
  await expect(rows.nth(1)).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('textbox', { name: 'עורך הכתבה' }).locator('h1')).toHaveText('משחק הגמר בכדורסל');
  await page.getByRole('button', { name: 'חזרה למאגר' }).click();

  // Search finds ירושלים inside ובירושלים and marks the word.
  await page.getByRole('searchbox', { name: 'חיפוש' }).fill('ירושלים');
  const results = page.getByRole('list', { name: 'חיפוש' });
  await expect(results.locator('li')).toHaveCount(1);
  await expect(results.locator('mark')).toHaveText('ובירושלים');
  await expect(results).toContainText('משחק הגמר בכדורסל');
  await page.getByRole('searchbox', { name: 'חיפוש' }).fill('');

  // Delete moves the chosen article to the trash; the trash gives it back.
  await rows.filter({ hasText: 'תקציב המדינה' }).getByRole('button', { name: /^פתיחת הכתבה/ }).focus();
  await page.keyboard.press('Delete');
  await expect(rows).toHaveCount(1);
  await page.getByRole('button', { name: 'סל המחזור', exact: true }).click();
  await page.getByRole('button', { name: 'שחזור מסל המחזור' }).click();
  await expect(page.getByText('סל המחזור ריק')).toBeVisible();
  await page.getByRole('button', { name: 'חזרה למאגר' }).click();
  await expect(rows).toHaveCount(2);
});
