// A call to main that fails is always shown in the window. Here the failure is real: the article
// the session reopens was deleted from disk while Ktav was closed, so main's dispatcher answers
// the window's `article.get` with an error, and the window must show that message rather than
// quietly stay on the library. A settings file that cannot be read is set aside and named.
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { KtavApi } from '../../shared/api/client.js';
import { test, expect } from './fixtures.js';

test('a failed call is shown in the window: the article the session reopens is gone from disk', async ({ app }) => {
  let page = app.page;
  await page.getByRole('button', { name: 'כתבה חדשה' }).click();
  await expect(page.getByRole('textbox', { name: 'עורך הכתבה' })).toBeFocused();
  await page.keyboard.type('כתבה שתימחק');
  await expect(page.locator('.save-indicator')).toHaveAttribute('data-state', 'saved');

  const articles = join(app.repoDir, 'articles');
  const name = (await readdir(articles)).find((n) => n.endsWith('.json'))!;
  const { id } = JSON.parse(await readFile(join(articles, name), 'utf8')) as { id: string };
  await app.stop();
  await rm(join(articles, name));

  page = await app.start();
  const banner = page.getByRole('alert').filter({ hasText: 'שגיאה' });
  await expect(banner).toBeVisible();
  // The very message main's dispatcher gives for this call.
  const outcome = await page.evaluate((articleId) => (window as unknown as { ktav: KtavApi }).ktav.article.get({ id: articleId }), id);
  expect(outcome.ok).toBe(false);
  const message = outcome.ok ? '' : outcome.error.message;
  expect(message.length).toBeGreaterThan(0);
  await expect(banner).toContainText(message);
  // The window stayed usable: the library is on screen.
  await expect(page.getByRole('button', { name: 'כתבה חדשה' })).toBeVisible();
});

test('a damaged settings file is set aside: Ktav starts with the defaults and says where the file is', async ({ app }) => {
  await app.stop();
  const userData = join(app.root, 'user-data');
  await writeFile(join(userData, 'settings.json'), '{"language": "en", "theme": ');
  const page = await app.start();
  const banner = page.getByRole('alert').filter({ hasText: 'קובץ ההגדרות היה פגום' });
  await expect(banner).toBeVisible();
  const aside = (await readdir(userData)).filter((n) => n.startsWith('settings.damaged-'));
  expect(aside).toHaveLength(1);
  expect(await readFile(join(userData, aside[0]!), 'utf8')).toBe('{"language": "en", "theme": ');
  await expect(banner).toContainText(join(userData, aside[0]!));
  // The defaults: Hebrew, and the library works.
  await expect(page.locator('html')).toHaveAttribute('lang', 'he');
  await page.getByRole('button', { name: 'כתבה חדשה' }).click();
  await expect(page.getByRole('textbox', { name: 'עורך הכתבה' })).toBeFocused();
});
