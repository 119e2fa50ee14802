// A photo editor's path through the media library: drop a batch of pictures (one of them not
// a picture), see what lacks a credit, select those and credit them in one action.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import { test, expect } from './fixtures.js';
import { dataTransferOf } from './mediaFiles.js';
import { exiftoolWrite } from '../support/mediaImages.js';

const picture = (color: string) => sharp({ create: { width: 640, height: 480, channels: 3, background: color } }).jpeg().toBuffer();

test('pictures dropped on the library are imported, and a selection is credited in one action', async ({ app }) => {
  const page = app.page;
  // One picture arrives already credited by the agency, in Hebrew IPTC-IIM.
  const tagged = join(app.root, 'tagged.jpg');
  await sharp(await picture('#246')).toFile(tagged);
  await exiftoolWrite(tagged, { 'IPTC:Credit': 'רויטרס', 'IPTC:Caption-Abstract': 'הפגנה בכיכר' });

  await page.getByRole('button', { name: 'ספריית התמונות' }).click();
  await expect(page.getByRole('heading', { name: 'ספריית התמונות' })).toBeVisible();
  await expect(page.getByText('אין עדיין תמונות בספרייה')).toBeVisible();

  const dt = await dataTransferOf(page, [
    { name: 'park-1.jpg', type: 'image/jpeg', bytes: await picture('#a33') },
    { name: 'park-2.jpg', type: 'image/jpeg', bytes: await picture('#3a3') },
    { name: 'broken.jpg', type: 'image/jpeg', bytes: Buffer.from('זה לא קובץ תמונה') },
    { name: 'tagged.jpg', type: 'image/jpeg', bytes: await readFile(tagged) },
  ]);
  await page.getByTestId('media-drop').dispatchEvent('drop', { dataTransfer: dt });

  await expect(page.getByRole('status').filter({ hasText: 'יובאו 3 תמונות' })).toBeVisible();
  await expect(page.getByRole('alert').filter({ hasText: 'הקובץ broken.jpg אינו תמונה' })).toBeVisible();
  const tiles = page.locator('.media-tile');
  await expect(tiles).toHaveCount(3);
  await expect(page.locator('.media-tile', { hasText: 'רויטרס' })).toBeVisible();
  await expect(page.locator('.media-tile .badge', { hasText: 'ללא קרדיט' })).toHaveCount(2);

  // Show only the uncredited ones, select them all, and credit them together.
  await page.getByLabel('סינון').selectOption({ label: 'ללא קרדיט' });
  await expect(tiles).toHaveCount(2);
  await page.getByRole('button', { name: 'בחירת הכול' }).click();
  await expect(page.getByRole('heading', { name: 'קרדיט ל־2 תמונות' })).toBeVisible();

  const panel = page.getByRole('complementary', { name: 'פרטי קרדיט' });
  await panel.getByLabel('קרדיט צילום', { exact: true }).click();
  await page.keyboard.type('דוברות העירייה');
  await panel.getByLabel('צלם/ת', { exact: true }).click();
  await page.keyboard.type('נועה לוי');
  // Validation: a licence page must be an address.
  await panel.getByLabel('דף הרישיון (כתובת)').fill('not a url');
  await expect(page.getByText('יש להזין כתובת מלאה')).toBeVisible();
  await expect(page.getByRole('button', { name: 'החלה על 2 התמונות' })).toBeDisabled();
  await panel.getByLabel('דף הרישיון (כתובת)').fill('https://example.com/licence');
  await page.getByRole('button', { name: 'החלה על 2 התמונות' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'הקרדיט הוחל על 2 תמונות' })).toBeVisible();

  await expect(tiles).toHaveCount(0); // none left uncredited
  await page.getByLabel('סינון').selectOption({ label: 'כל התמונות' });
  await expect(page.locator('.media-tile', { hasText: 'דוברות העירייה' })).toHaveCount(2);
  await expect(page.locator('.media-tile', { hasText: 'רויטרס' })).toHaveCount(1);

  // The records on disk say the same.
  const mediaDir = join(app.repoDir, 'media');
  const records = await Promise.all(
    (await readdir(mediaDir)).filter((n) => /^[a-f0-9]{64}\.json$/.test(n)).map(async (n) => JSON.parse(await readFile(join(mediaDir, n), 'utf8'))),
  );
  const credits = records.map((r) => `${r.credit.creditLine}|${r.credit.creators.join(',')}|${r.credit.webStatementUrl}`).sort();
  expect(credits).toEqual(['דוברות העירייה|נועה לוי|https://example.com/licence', 'דוברות העירייה|נועה לוי|https://example.com/licence', 'רויטרס||']);
});

test('a long import shows its progress and can be cancelled; what came in is whole, the rest is not sent', async ({ app }) => {
  const page = app.page;
  await page.getByRole('button', { name: 'ספריית התמונות' }).click();
  await expect(page.getByText('אין עדיין תמונות בספרייה')).toBeVisible();
  // Forty different large pictures: enough work that the person can press cancel midway.
  const files = await Promise.all(
    Array.from({ length: 40 }, async (_, i) => ({
      name: `batch-${i}.jpg`,
      type: 'image/jpeg',
      bytes: await sharp({ create: { width: 3000, height: 2000, channels: 3, background: `#${(i * 6 + 16).toString(16).padStart(2, '0')}8040` } }).jpeg().toBuffer(),
    })),
  );
  const dt = await dataTransferOf(page, files);
  await page.getByTestId('media-drop').dispatchEvent('drop', { dataTransfer: dt });
  await expect(page.locator('.media-progress progress')).toBeVisible();
  await page.getByRole('button', { name: 'ביטול הייבוא' }).click();
  const status = page.getByRole('status').filter({ hasText: 'הייבוא בוטל' });
  await expect(status).toBeVisible({ timeout: 30_000 });
  await expect(page.locator('.media-progress')).toHaveCount(0);
  const left = Number(/הייבוא בוטל; (\d+) קבצים לא יובאו/.exec((await status.textContent())!)![1]);
  expect(left).toBeGreaterThan(0);
  // Every picture that came in is whole: a record and a tile for each, no more.
  const records = (await readdir(join(app.repoDir, 'media'))).filter((n) => /^[a-f0-9]{64}\.json$/.test(n));
  expect(records.length).toBe(40 - left);
  await expect(page.locator('.media-tile')).toHaveCount(40 - left);
});

test('a damaged picture record is named in the media library and left on disk; the rest works', async ({ app }) => {
  let page = app.page;
  await page.getByRole('button', { name: 'ספריית התמונות' }).click();
  const dt = await dataTransferOf(page, [{ name: 'good.jpg', type: 'image/jpeg', bytes: await picture('#4a4') }]);
  await page.getByTestId('media-drop').dispatchEvent('drop', { dataTransfer: dt });
  await expect(page.locator('.media-tile')).toHaveCount(1);
  // A record cut short, as a sync tool or a full disk might leave it.
  const name = `${'ab'.repeat(32)}.json`;
  const path = join(app.repoDir, 'media', name);
  await writeFile(path, '{"format":1,"id":"ab');
  page = await app.restart();
  await page.getByRole('button', { name: 'ספריית התמונות' }).click();
  await expect(page.getByRole('alert')).toContainText('הרשומה של תמונה אחת פגומה ולא נטענה');
  await expect(page.getByRole('alert')).toContainText(name);
  await expect(page.locator('.media-tile')).toHaveCount(1);
  expect(await readFile(path, 'utf8')).toBe('{"format":1,"id":"ab');
});
