// A large repository's search index built again from its articles (from settings): the library
// shows it being built, article by article, and the person can cancel it; search then says it
// is not built, and building it again makes search work.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test as base, expect } from '@playwright/test';
import { KtavApp } from './ktavApp.js';
import { articleFile } from '../support/exportFixtures.js';

const ARTICLES = 5000;
/** About 15 KB of Hebrew per article, like the bench's, so building takes long enough to watch. */
const body = (i: number) =>
  Array.from({ length: 60 }, (_, k) => `בישיבת מועצת העיר ${k} דנו החברים בתקציב ובתחבורה הציבורית בשכונה ${i} ובירושלים.`).join(' ');

const test = base.extend<{ app: KtavApp }>({
  // eslint-disable-next-line no-empty-pattern
  app: async ({}, use) => {
    const app = await KtavApp.create();
    const dir = join(app.repoDir, 'articles');
    await mkdir(dir, { recursive: true });
    for (let i = 0; i < ARTICLES; i++) {
      const id = `20261127-bulk${String(i).padStart(4, '0')}`;
      const doc = {
        type: 'doc',
        content: [
          { type: 'headline', attrs: { dir: 'auto' }, content: [{ type: 'text', text: i === 7 ? 'קונסורציום זכה במכרז' : `כתבה מספר ${i}` }] },
          { type: 'subheadline', attrs: { dir: 'auto' } },
          { type: 'byline', attrs: { dir: 'auto' } },
          { type: 'paragraph', attrs: { dir: 'auto' }, content: [{ type: 'text', text: body(i) }] },
        ],
      };
      await writeFile(join(dir, `${id}.json`), JSON.stringify(articleFile(id, doc, { status: 'draft' })));
    }
    await app.start();
    await use(app);
    await app.dispose();
  },
});

test('building the search index shows its progress, can be cancelled, and can be built again', async ({ app }) => {
  test.setTimeout(240_000);
  const page = app.page;
  // The index was built while Ktav started; settings offers to build it again from the articles.
  const nav = page.getByRole('navigation', { name: 'ניווט ראשי' });
  await nav.getByRole('button', { name: 'הגדרות' }).click();
  await expect(page.getByTestId('search-index')).toContainText('אינדקס החיפוש מוכן.');
  await page.getByRole('button', { name: 'בנייה מחדש של אינדקס החיפוש' }).click();
  const index = page.getByTestId('search-index');
  await expect(index).toHaveAttribute('data-state', 'building');
  await expect(index).toContainText(/בונה את אינדקס החיפוש: [\d,]+ מתוך 5,000 כתבות/);
  await expect(index.locator('progress')).toHaveAttribute('max', String(ARTICLES));
  await index.getByRole('button', { name: 'ביטול בניית האינדקס' }).click();
  await expect(index).toHaveAttribute('data-state', 'cancelled');

  // The library says so, with the way to build it.
  await nav.getByRole('button', { name: 'מאגר הכתבות' }).click();
  await expect(index).toContainText('בניית אינדקס החיפוש בוטלה');

  // Search waits for the index, and says so.
  await page.getByRole('searchbox', { name: 'חיפוש' }).fill('קונסורציום');
  await expect(page.getByText('החיפוש יעבוד כשאינדקס החיפוש יהיה מוכן.')).toBeVisible();

  await index.getByRole('button', { name: 'בניית אינדקס החיפוש' }).click();
  // Once built, the status line goes away and the waiting query is answered.
  await expect(index).toHaveCount(0, { timeout: 180_000 });
  await expect(page.getByRole('button', { name: 'פתיחת הכתבה קונסורציום זכה במכרז' })).toBeVisible();
  await expect(page.getByText('החיפוש יעבוד כשאינדקס החיפוש יהיה מוכן.')).toHaveCount(0);
});
