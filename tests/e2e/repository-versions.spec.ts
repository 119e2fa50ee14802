// Version history: Ctrl+S keeps a version; the person browses versions with a comparison
// against the current text and restores one; the restore survives a restart and is itself
// undoable (the replaced text became a version).
import { test, expect } from './fixtures.js';
import { showLibrary } from '../paths/navigation.js';

const HEADLINE = 'תקציב העירייה אושר';
const FIRST = 'מועצת העיר אישרה את התקציב ברוב קולות.';
const LATER = 'האופוזיציה הודיעה שתעתור לבית המשפט.';

test('a version kept with Ctrl+S is compared and restored, and the restore can be undone', async ({ app }) => {
  test.slow(); // a whole path with restarts, typed with the keyboard, on a shared machine
  let page = app.page;
  await page.getByRole('button', { name: 'כתבה חדשה' }).click();
  await expect(page.getByRole('textbox', { name: 'עורך הכתבה' })).toBeFocused();
  await page.keyboard.type(HEADLINE);
  for (let i = 0; i < 3; i++) await page.keyboard.press('Enter');
  await page.keyboard.type(FIRST);
  await page.keyboard.press('Control+s');
  await expect(page.getByTestId('repo-notice')).toHaveText('נשמרה גרסה');

  await page.keyboard.press('Enter');
  await page.keyboard.type(LATER);
  const indicator = page.locator('.save-indicator');
  await expect(indicator).toHaveAttribute('data-state', 'saved');

  const panel = page.getByRole('complementary', { name: 'חלונית הכתבה' });
  await panel.getByRole('tab', { name: 'גרסאות' }).click();
  const explicit = panel.locator('li', { hasText: 'שמירה ידנית' }).getByRole('button');
  await explicit.click();
  // Restoring would remove the later paragraph: the comparison strikes it through.
  await expect(panel.locator('.text-diff del')).toContainText('האופוזיציה');
  await panel.getByRole('button', { name: 'שחזור הגרסה הזו' }).click();
  await expect(page.getByTestId('repo-notice')).toContainText('הגרסה שוחזרה');

  const editor = page.getByRole('textbox', { name: 'עורך הכתבה' });
  await expect(editor.locator('p:not([class])')).toHaveText([FIRST]);
  await expect(indicator).toHaveAttribute('data-state', 'saved');

  page = await app.restart();
  await showLibrary(page);
  await page.getByRole('button', { name: `פתיחת הכתבה ${HEADLINE}` }).click();
  const reopened = page.getByRole('textbox', { name: 'עורך הכתבה' });
  await expect(reopened.locator('p:not([class])')).toHaveText([FIRST]);

  // Undo the restore from the history: the text before it is a version of its own.
  const again = page.getByRole('complementary', { name: 'חלונית הכתבה' });
  await again.getByRole('tab', { name: 'גרסאות' }).click();
  await again.locator('li', { hasText: 'לפני שחזור' }).getByRole('button').click();
  await expect(again.locator('.text-diff ins')).toContainText('האופוזיציה');
  await again.getByRole('button', { name: 'שחזור הגרסה הזו' }).click();
  await expect(reopened.locator('p:not([class])')).toHaveText([FIRST, LATER]);
});
