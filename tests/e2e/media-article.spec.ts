// A picture in an article: import it with the file picker, credit it with a code replacement,
import { showLibrary } from '../paths/navigation.js';
// insert it from the article's pictures panel, see the credit line under it, then change the
// credit in the library and see the article follow.
import { join } from 'node:path';
import sharp from 'sharp';
import { test, expect } from './fixtures.js';
import { dataTransferOf } from './mediaFiles.js';

const HEADLINE = 'ראש העירייה חנך את הפארק';

test('a picture inserted into an article shows its credit, and follows a change to the record', async ({ app }) => {
  test.slow(); // two screens, a credit edit and a restart, typed and clicked as a person does
  const page = app.page;
  const file = join(app.root, 'mayor.jpg');
  await sharp({ create: { width: 800, height: 600, channels: 3, background: '#468' } }).jpeg().toFile(file);

  await page.getByRole('button', { name: 'ספריית התמונות' }).click();
  await page.getByTestId('media-file-input').setInputFiles(file);
  await expect(page.getByRole('status').filter({ hasText: 'יובאו 1 תמונות' })).toBeVisible();

  // A code replacement: =lam= becomes the saved text as it is typed.
  await page.getByText('קודי החלפה').click();
  await page.getByLabel('קוד', { exact: true }).fill('lam');
  await page.getByLabel('טקסט', { exact: true }).fill('לשכת העיתונות הממשלתית');
  await page.getByRole('button', { name: 'הוספה', exact: true }).click();
  await expect(page.locator('.media-tool td', { hasText: '=lam=' })).toBeVisible();

  await page.locator('.media-tile-button').first().click();
  const panel = page.getByRole('complementary', { name: 'פרטי קרדיט' });
  await panel.getByLabel('קרדיט צילום', { exact: true }).click();
  await page.keyboard.type('=lam=');
  await expect(panel.getByLabel('קרדיט צילום', { exact: true })).toHaveValue('לשכת העיתונות הממשלתית');
  await panel.getByLabel('כיתוב', { exact: true }).fill('ראש העירייה בפארק');
  await panel.getByLabel('טקסט חלופי', { exact: true }).fill('גבר בחליפה גוזר סרט');
  await panel.getByRole('button', { name: 'החלה', exact: true }).click();
  await expect(panel.getByRole('status')).toHaveText('הקרדיט נשמר');

  // A new article, typed with the keyboard, and the picture inserted from the panel.
  await page.getByRole('button', { name: 'מאגר הכתבות' }).click();
  await page.getByRole('button', { name: 'כתבה חדשה' }).click();
  const editor = page.getByRole('textbox', { name: 'עורך הכתבה' });
  await expect(editor).toBeFocused();
  await page.keyboard.type(HEADLINE);
  await page.keyboard.press('Enter');
  await page.keyboard.type('כותרת משנה');
  await page.keyboard.press('Enter');
  await page.keyboard.type('נועה לוי');
  await page.keyboard.press('Enter');
  await page.keyboard.type('הפארק נפתח הבוקר לציבור.');

  const pictures = page.getByRole('region', { name: 'תמונות בכתבה' });
  await expect(pictures).toContainText('אין תמונות בכתבה.');
  await pictures.getByRole('button', { name: 'הוספת תמונה' }).click();
  await pictures.getByRole('button', { name: 'הוספת ראש העירייה בפארק לכתבה' }).click();

  const figure = editor.locator('figure.ktav-figure');
  await expect(figure).toHaveCount(1);
  await expect(figure.locator('img')).toHaveAttribute('alt', 'גבר בחליפה גוזר סרט');
  await expect(figure.locator('img')).toHaveJSProperty('complete', true);
  expect(await figure.locator('img').evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(800);
  await expect(figure.locator('.ktav-figure-credit')).toHaveText('קרדיט צילום: לשכת העיתונות הממשלתית');
  await expect(figure.locator('.ktav-figure-default-caption')).toHaveText('ראש העירייה בפארק');
  await expect(pictures.locator('li')).toHaveCount(1);
  await expect(pictures.locator('li')).toContainText('קרדיט צילום: לשכת העיתונות הממשלתית');

  // The article's own caption, typed into the figure.
  await figure.locator('figcaption').click();
  await page.keyboard.type('ראש העירייה גוזר את הסרט');
  await expect(figure.locator('figcaption')).toHaveText('ראש העירייה גוזר את הסרט');
  await expect(figure.locator('.ktav-figure-default-caption')).toBeHidden();
  await expect(page.locator('.save-indicator')).toHaveAttribute('data-state', 'saved');

  // Change the credit in the library…
  await page.getByRole('button', { name: 'ספריית התמונות' }).click();
  await expect(page.locator('.media-tile .badge', { hasText: 'בכתבה אחת' })).toBeVisible();
  await page.locator('.media-tile-button').first().click();
  await panel.getByLabel('קרדיט צילום', { exact: true }).fill('דוברות העירייה');
  await panel.getByRole('button', { name: 'החלה', exact: true }).click();
  await expect(panel.getByRole('status')).toHaveText('הקרדיט נשמר');

  // …and the article follows, after a restart too.
  const reopened = await app.restart();
  await showLibrary(reopened);
  await reopened.getByRole('button', { name: `פתיחת הכתבה ${HEADLINE}` }).click();
  const again = reopened.getByRole('textbox', { name: 'עורך הכתבה' }).locator('figure.ktav-figure');
  await expect(again.locator('.ktav-figure-credit')).toHaveText('קרדיט צילום: דוברות העירייה');
  await expect(again.locator('figcaption')).toHaveText('ראש העירייה גוזר את הסרט');
  await expect(reopened.getByRole('region', { name: 'תמונות בכתבה' }).locator('li')).toContainText('דוברות העירייה');
});

test('pictures dropped on an article are imported and inserted; one dragged from the panel is inserted where it lands', async ({ app }) => {
  const page = app.page;
  await page.getByRole('button', { name: 'כתבה חדשה' }).click();
  const editor = page.getByRole('textbox', { name: 'עורך הכתבה' });
  await expect(editor).toBeFocused();
  for (const line of ['כותרת', 'משנה', 'כתב']) {
    await page.keyboard.type(line);
    await page.keyboard.press('Enter');
  }
  await page.keyboard.type('פסקה ראשונה');
  await page.keyboard.press('Enter');
  await page.keyboard.type('פסקה שנייה');

  // A file from the desktop, dropped on the first paragraph.
  const bytes = await sharp({ create: { width: 500, height: 300, channels: 3, background: '#2a7' } }).jpeg().toBuffer();
  const dt = await dataTransferOf(page, [{ name: 'desk.jpg', type: 'image/jpeg', bytes }]);
  const first = editor.locator('p', { hasText: 'פסקה ראשונה' });
  const box = (await first.boundingBox())!;
  await first.dispatchEvent('drop', { dataTransfer: dt, clientX: box.x + box.width / 2, clientY: box.y + box.height / 2 });
  const figures = editor.locator('figure.ktav-figure');
  await expect(figures).toHaveCount(1);
  await expect(figures.first().locator('.ktav-figure-credit')).toHaveText('חסר קרדיט');
  // It went in after the paragraph it was dropped on.
  await expect(editor.locator(':scope > *').nth(4)).toHaveClass(/ktav-figure/);

  // The same picture dragged from the article's pictures panel onto the second paragraph.
  const pictures = page.getByRole('region', { name: 'תמונות בכתבה' });
  await expect(pictures.locator('li')).toHaveCount(1);
  await expect(pictures.locator('li')).toHaveAttribute('data-credit-state', 'uncredited');
  await pictures.getByRole('button', { name: 'הוספת תמונה' }).click();
  await pictures.getByRole('button', { name: 'הוספת desk.jpg לכתבה' }).dragTo(editor.locator('p', { hasText: 'פסקה שנייה' }));
  await expect(figures).toHaveCount(2);
  await expect(editor.locator(':scope > *').last()).toHaveClass(/ktav-figure/);
  await expect(pictures.locator('li')).toHaveCount(2);
});
