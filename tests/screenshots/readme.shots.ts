// The README's screenshots, made by driving Ktav the way a person does: the library, the editor
// with mixed Hebrew and English and a credited picture, the media library with the credit
// panel, the export screen with the gate's findings, and settings. `npm run screenshots`
// (headed Chromium under Xvfb) writes them to docs/screenshots/, or to KTAV_SHOTS_DIR.
import { join } from 'node:path';
import sharp from 'sharp';
import { test, expect } from '@playwright/test';
import { KtavApp } from '../e2e/ktavApp.js';
import { dataTransferOf } from '../e2e/mediaFiles.js';

const OUT = process.env.KTAV_SHOTS_DIR ?? join(import.meta.dirname, '..', '..', 'docs', 'screenshots');

/** A picture that looks like something: a sky, a lawn and a sun, drawn in SVG and made a JPEG. */
function parkPicture(): Promise<Buffer> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="800">
    <rect width="1200" height="800" fill="#8ec5ff"/><circle cx="950" cy="180" r="90" fill="#ffd84d"/>
    <rect y="520" width="1200" height="280" fill="#4caf50"/><rect x="200" y="380" width="40" height="160" fill="#6d4c41"/>
    <circle cx="220" cy="340" r="110" fill="#2e7d32"/><rect x="600" y="440" width="260" height="90" rx="12" fill="#e65100"/></svg>`;
  return sharp(Buffer.from(svg)).jpeg({ quality: 85 }).toBuffer();
}

test('the README screenshots', async () => {
  const app = await KtavApp.create();
  try {
    const page = await app.start();
    await page.setViewportSize({ width: 1280, height: 800 });
    const nav = page.getByRole('navigation', { name: 'ניווט ראשי' });

    // A photo editor brings in a picture and credits it.
    await nav.getByRole('button', { name: 'ספריית התמונות' }).click();
    const dt = await dataTransferOf(page, [{ name: 'park-opening.jpg', type: 'image/jpeg', bytes: await parkPicture() }]);
    await page.getByTestId('media-drop').dispatchEvent('drop', { dataTransfer: dt });
    await expect(page.locator('.media-tile')).toHaveCount(1);
    await page.locator('.media-tile').first().click();
    const panel = page.getByRole('complementary', { name: 'פרטי קרדיט' });
    await panel.getByLabel('קרדיט צילום', { exact: true }).fill('דוברות העירייה');
    await panel.getByLabel('צלם/ת', { exact: true }).fill('נועה לוי');
    await panel.getByLabel('כיתוב', { exact: true }).fill('ראש העירייה גוזר את הסרט בפתיחת הפארק');
    await panel.getByLabel('טקסט חלופי', { exact: true }).fill('ראש העירייה גוזר סרט אדום מול קהל תושבים בפארק');
    await page.getByRole('button', { name: 'החלה', exact: true }).click();
    await expect(page.locator('.media-tile .badge', { hasText: 'ללא קרדיט' })).toHaveCount(0);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: join(OUT, 'media.png') });

    // A reporter writes the article, with English names and a URL, and puts the picture in.
    await nav.getByRole('button', { name: 'מאגר הכתבות' }).click();
    await page.getByRole('button', { name: 'כתבה חדשה' }).click();
    await expect(page.getByRole('textbox', { name: 'עורך הכתבה' })).toBeFocused();
    const lines = [
      'ראש העירייה חנך את הפארק העירוני החדש בשכונת הדר',
      'הפארק, שהוקם בעלות של 12.5 מיליון ש"ח, כולל מתקני כושר, שבילי אופניים ואמפיתיאטרון',
      'נועה לוי',
      'ראש העירייה, עו"ד משה כהן, חנך ביום שלישי את הפארק העירוני החדש בשכונת הדר, בנוכחות מאות תושבים.',
      'לדבריו, הפארק תוכנן בשיתוף חברת Green Cities Design מאמסטרדם, שזכתה במכרז בין-לאומי .',
      'The park was designed with Green Cities Design of Amsterdam.',
    ];
    for (const [i, line] of lines.entries()) {
      if (i > 0) await page.keyboard.press('Enter');
      await page.keyboard.type(line);
    }
    await page.getByRole('button', { name: 'הוספת תמונה' }).first().click();
    await page.getByRole('group', { name: /תמונ/ }).getByRole('button').first().click();
    await expect(page.locator('figure .ktav-figure-credit')).toHaveText('קרדיט צילום: דוברות העירייה');
    await expect(page.locator('.save-indicator')).toHaveAttribute('data-state', 'saved');
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: join(OUT, 'editor.png') });

    // The web desk checks it before export: the gate and the preview.
    await page.getByTestId('export-package').click();
    await expect(page.getByTestId('gate')).toBeVisible();
    await page.screenshot({ path: join(OUT, 'export.png') });

    await nav.getByRole('button', { name: 'מאגר הכתבות' }).click();
    await expect(page.getByRole('button', { name: /פתיחת הכתבה ראש העירייה/ })).toBeVisible();
    await page.screenshot({ path: join(OUT, 'library.png') });

    await nav.getByRole('button', { name: 'הגדרות' }).click();
    await expect(page.locator('.settings-screen')).toBeVisible();
    await page.screenshot({ path: join(OUT, 'settings.png') });

    await page.keyboard.press('Control+Shift+p');
    await page.keyboard.type('תמונות');
    await page.screenshot({ path: join(OUT, 'palette.png') });
  } finally {
    await app.dispose();
  }
});
