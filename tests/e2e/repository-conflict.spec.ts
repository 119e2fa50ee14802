// A conflict: while an article is open, another program rewrites its file. Ktav does not
// overwrite it: autosave stops, the person's text is kept as a conflict copy, both texts are
// compared, and when the person keeps theirs the other text is kept as a version.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test, expect } from './fixtures.js';

test('a file changed on disk is never overwritten; the person sees the difference and decides', async ({ app }) => {
  test.slow(); // a whole path typed with the keyboard, on a shared machine
  const page = app.page;
  await page.getByRole('button', { name: 'כתבה חדשה' }).click();
  await expect(page.getByRole('textbox', { name: 'עורך הכתבה' })).toBeFocused();
  await page.keyboard.type('כותרת משותפת');
  for (let i = 0; i < 3; i++) await page.keyboard.press('Enter');
  await page.keyboard.type('הנוסח שלי');
  const indicator = page.locator('.save-indicator');
  await expect(indicator).toHaveAttribute('data-state', 'saved');

  // A sync tool brings another computer's version of the same revision.
  const articles = join(app.repoDir, 'articles');
  const name = (await readdir(articles)).find((n) => n.endsWith('.json'))!;
  const file = JSON.parse(await readFile(join(articles, name), 'utf8'));
  file.doc.content[3].content[0].text = 'הנוסח מהמחשב השני';
  await writeFile(join(articles, name), JSON.stringify(file));

  await page.keyboard.type(' ועוד');
  await expect(indicator).toHaveAttribute('data-state', 'conflict');
  const dialog = page.getByRole('alertdialog', { name: 'הכתבה השתנתה בדיסק' });
  await expect(dialog).toBeVisible();
  await expect(dialog.locator('.text-diff del')).toHaveText(['מהמחשב', 'השני']);
  await expect(dialog.locator('.text-diff ins')).toHaveText(['שלי', 'ועוד']);
  // Nothing was overwritten, and my text was kept as a conflict copy.
  expect(await readFile(join(articles, name), 'utf8')).toContain('הנוסח מהמחשב השני');
  expect(await readdir(join(app.repoDir, 'conflicts'))).toHaveLength(1);

  await dialog.getByRole('button', { name: 'לשמור את הנוסח שלי' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(indicator).toHaveAttribute('data-state', 'saved');
  expect(await readFile(join(articles, name), 'utf8')).toContain('הנוסח שלי ועוד');

  const panel = page.getByRole('complementary', { name: 'חלונית הכתבה' });
  await panel.getByRole('tab', { name: 'גרסאות' }).click();
  await panel.locator('li', { hasText: 'לפני פתרון התנגשות' }).getByRole('button').click();
  await expect(panel.locator('.text-diff ins')).toHaveText(['מהמחשב', 'השני']);
});
