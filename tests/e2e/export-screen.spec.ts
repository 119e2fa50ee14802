// The export screen as the web desk uses it in the browser shell: the gate's findings and a
// preview of the page first, then the export with its progress, and the package on disk.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test as base, expect } from '@playwright/test';
import { KtavApp } from './ktavApp.js';
import { articleFile, exportRepo } from '../support/exportFixtures.js';
import { verifyZip } from '../../main/services/export/verifyPackage.js';

/** A Ktav on a repository with the rich article, its pictures credited, and one the gate refuses. */
const test = base.extend<{ app: KtavApp }>({
  // eslint-disable-next-line no-empty-pattern
  app: async ({}, use) => {
    const app = await KtavApp.create();
    const fx = await exportRepo(app.root, [[1200, 800], [800, 600]], app.repoDir);
    await fx.services.close();
    const refused = articleFile('20261126-nohead01', {
      type: 'doc',
      content: [
        { type: 'headline', attrs: { dir: 'auto' } },
        { type: 'subheadline', attrs: { dir: 'auto' } },
        { type: 'byline', attrs: { dir: 'auto' } },
        { type: 'paragraph', attrs: { dir: 'auto' }, content: [{ type: 'text', text: 'גוף בלי כותרת.' }] },
      ],
    }, { updatedAt: '2026-11-27T09:00:00.000Z' });
    await writeFile(join(app.repoDir, 'articles', `${refused.id}.json`), JSON.stringify(refused));
    await app.start();
    await use(app);
    await app.dispose();
  },
});

test('the desk checks the gate, previews the page, exports with progress, and gets a package that verifies', async ({ app }) => {
  test.setTimeout(120_000);
  const page = app.page;
  await page.getByRole('button', { name: 'פתיחת הכתבה ראש העירייה חנך את הפארק העירוני החדש בשכונת הדר' }).click();
  await page.getByTestId('export-package').click();

  await expect(page.getByRole('heading', { name: 'ייצוא לאתר' })).toBeVisible();
  await expect(page.getByTestId('gate')).toContainText('הכתבה מוכנה לייצוא.');
  const preview = page.frameLocator('[data-testid="export-preview"]');
  await expect(preview.locator('h1')).toHaveText('ראש העירייה חנך את הפארק העירוני החדש בשכונת הדר');
  await expect(preview.locator('figcaption').first()).toContainText('קרדיט צילום: דוברות העירייה');
  await expect(preview.locator('img').first()).toHaveJSProperty('complete', true);
  expect(await preview.locator('img').first().evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);

  await page.getByTestId('export-run').click();
  await expect(page.getByTestId('export-progress').locator('progress')).toBeVisible();
  const result = page.getByTestId('export-result');
  await expect(result).toContainText('החבילה נכתבה:', { timeout: 90_000 });
  const path = (await result.locator('p').first().textContent())!.replace('החבילה נכתבה: ', '').trim();
  expect(path).toBe(join(app.repoDir, 'exports', 'פארק-הדר.zip'));
  expect(await verifyZip(await readFile(path), path)).toMatchObject({ ok: true, problems: [] });
  // The window kept working: going back to the editor still opens the article.
  await page.getByRole('button', { name: 'חזרה לעורך' }).click();
  await expect(page.getByTestId('export-package')).toBeVisible();
});

test('an article the gate refuses shows its errors with their place, and cannot be exported', async ({ app }) => {
  const page = app.page;
  await page.getByRole('button', { name: 'פתיחת הכתבה (ללא כותרת)' }).click();
  await page.getByTestId('export-package').click();
  await expect(page.getByTestId('gate-errors')).toContainText('כותרת: לכתבה אין כותרת. יש לכתוב כותרת לפני הייצוא.');
  await expect(page.getByTestId('gate-warnings')).toContainText('לכתבה אין כותרת משנה.');
  await expect(page.getByTestId('export-run')).toBeDisabled();
});

/** A Ktav whose article has two large pictures, so an export takes long enough to cancel. */
const slow = base.extend<{ app: KtavApp }>({
  // eslint-disable-next-line no-empty-pattern
  app: async ({}, use) => {
    const app = await KtavApp.create();
    const fx = await exportRepo(app.root, [[6000, 4000], [6000, 4000]], app.repoDir);
    await fx.services.close();
    await app.start();
    await use(app);
    await app.dispose();
  },
});

slow('a running export can be cancelled: nothing is written, and it can be run again', async ({ app }) => {
  slow.setTimeout(180_000);
  const page = app.page;
  await page.getByRole('button', { name: 'פתיחת הכתבה ראש העירייה חנך את הפארק העירוני החדש בשכונת הדר' }).click();
  await page.getByTestId('export-package').click();
  await expect(page.getByTestId('gate')).toContainText('הכתבה מוכנה לייצוא.');
  await page.getByTestId('export-run').click();
  await page.getByRole('button', { name: 'ביטול הייצוא' }).click();
  await expect(page.getByTestId('export-progress').getByRole('status')).toHaveText('הייצוא בוטל; לא נכתבה חבילה.', { timeout: 60_000 });
  await expect(page.getByRole('button', { name: 'ביטול הייצוא' })).toHaveCount(0);
  await expect(page.getByTestId('export-result')).toHaveCount(0);
  await expect(readFile(join(app.repoDir, 'exports', 'פארק-הדר.zip'))).rejects.toThrow(/ENOENT/);

  await page.getByTestId('export-run').click();
  await expect(page.getByTestId('export-result')).toContainText('החבילה נכתבה:', { timeout: 150_000 });
});

test('the library exports every approved article in one batch, with progress, a cancel, and the gate for each', async ({ app }) => {
  test.setTimeout(180_000);
  const page = app.page;
  const button = page.getByTestId('batch-export');
  await expect(button).toBeVisible();
  const total = Number(/(\d+)/.exec((await button.textContent())!)![1]);
  expect(total).toBeGreaterThanOrEqual(2); // the rich article and the one without a headline, at least

  // Started and cancelled: the running package is not written, the rest are skipped.
  await button.click();
  const batch = page.getByRole('group', { name: 'ייצוא הכתבות המאושרות' });
  await expect(batch.locator('progress')).toBeVisible();
  await batch.getByRole('button', { name: 'ביטול הייצוא' }).click();
  const summary = page.getByTestId('batch-export-summary');
  await expect(summary).toContainText('הייצוא בוטל', { timeout: 60_000 });

  // Run again to the end: the gate stops the article without a headline, the rest are written.
  const again = page.getByTestId('batch-export');
  const remaining = Number(/(\d+)/.exec((await again.textContent())!)![1]);
  await again.click();
  await expect(summary).toContainText(`מתוך ${remaining} אל תיקיית הייצוא`, { timeout: 150_000 });
  await expect(summary).toContainText('לא יוצאו, בגלל בדיקת המוכנות: (ללא כותרת)');
  await expect(summary).not.toContainText('בוטל');
  const zip = join(app.repoDir, 'exports', 'פארק-הדר.zip');
  expect(await verifyZip(await readFile(zip), zip)).toMatchObject({ ok: true });
  // What was exported left the approved list; only the refused one is still offered.
  await expect(page.getByTestId('batch-export')).toHaveText('ייצוא הכתבה המאושרת');
});
