// Two Ktav windows (two browser shells, two repositories) and one git remote on loopback, as a
// reporter and the desk use them: the reporter shares the repository from the settings screen,
// the desk joins it, each edits a different paragraph of one article and both edits meet in the
// open editor; then both change the same paragraph, the conflict is shown with both texts, and
// the person takes the other one. The top bar's indicator shows each state on the way.
// A second pair: the photo editor credits a picture a reporter brought in, and the figure follows.
import { join } from 'node:path';
import sharp from 'sharp';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.js';
import { KtavApp } from './ktavApp.js';
import { startGitRemote } from '../support/gitRemote.js';

const AUTH = { user: 'dana,desk', password: 'token-e2e' };

async function share(page: Page, remote: string, user: string, expected: RegExp): Promise<void> {
  await page.getByRole('navigation').getByRole('button', { name: 'הגדרות' }).click();
  const section = page.locator('fieldset.sharing-settings');
  await section.getByLabel('כתובת המאגר המשותף (HTTPS)').fill(remote);
  await section.getByLabel('שם משתמש').fill(user);
  await section.getByLabel('אסימון או סיסמה').fill(AUTH.password);
  await section.getByRole('button', { name: 'בדיקת החיבור' }).click();
  await expect(section.getByRole('status')).toHaveText(expected);
  await section.getByRole('button', { name: 'שמירה וסנכרון' }).click();
  await expect(section.getByRole('status')).toHaveText('הגדרות השיתוף נשמרו.');
  await expect(page.locator('.sync-indicator')).toHaveAttribute('data-state', 'synced', { timeout: 20_000 });
}

const paragraph = (page: Page, text: string) => page.getByRole('textbox', { name: 'עורך הכתבה' }).locator('p', { hasText: text });

async function typeAtEnd(page: Page, text: string, typed: string): Promise<void> {
  await paragraph(page, text).click();
  await page.keyboard.press('End');
  await page.keyboard.type(typed);
  await expect(page.locator('.save-indicator')).toHaveAttribute('data-state', 'saved');
}

test('a reporter and the desk share one repository through git, and no word is lost', async ({ app }) => {
  test.slow(); // two windows, typed with the keyboard, on a shared machine
  const remote = await startGitRemote(join(app.root, 'server'), { auth: AUTH });
  const desk = await KtavApp.create();
  try {
    // The reporter writes, then shares: the empty remote will be filled from here.
    const reporter = app.page;
    await expect(reporter.locator('.sync-indicator')).toHaveCount(0); // not shared: nothing to show
    await reporter.getByRole('button', { name: 'כתבה חדשה' }).click();
    await expect(reporter.getByRole('textbox', { name: 'עורך הכתבה' })).toBeFocused();
    await reporter.keyboard.type('השריפה בכרמל');
    for (let i = 0; i < 3; i++) await reporter.keyboard.press('Enter');
    await reporter.keyboard.type('פסקה ראשונה.');
    await reporter.keyboard.press('Enter');
    await reporter.keyboard.type('פסקה שנייה.');
    await reporter.keyboard.press('Enter');
    await reporter.keyboard.type('פסקה שלישית.');
    await expect(reporter.locator('.save-indicator')).toHaveAttribute('data-state', 'saved');
    await share(reporter, remote.url, 'dana', /ריק/);

    // The desk joins: its empty repository receives the article.
    const deskPage = await desk.start();
    await share(deskPage, remote.url, 'desk', /מאגר של כתב/);
    await deskPage.getByRole('navigation').getByRole('button', { name: 'מאגר הכתבות' }).click();
    await deskPage.getByRole('button', { name: 'פתיחת הכתבה השריפה בכרמל' }).click();
    await expect(paragraph(deskPage, 'פסקה שלישית.')).toBeVisible();

    // The reporter goes back to the article; the desk edits the third paragraph: waiting, then synced.
    await reporter.getByRole('navigation').getByRole('button', { name: 'מאגר הכתבות' }).click();
    await reporter.getByRole('button', { name: 'פתיחת הכתבה השריפה בכרמל' }).click();
    await typeAtEnd(deskPage, 'פסקה שלישית.', ' תיקון הדסק.');
    await expect(deskPage.locator('.sync-indicator')).toHaveAttribute('data-state', 'pending');
    await expect(deskPage.locator('.sync-indicator')).toContainText('ממתין');
    await deskPage.locator('.sync-indicator').click();
    await expect(deskPage.locator('.sync-indicator')).toHaveAttribute('data-state', 'synced');

    // The reporter types in the first paragraph and syncs: the desk's paragraph comes into the open editor.
    await typeAtEnd(reporter, 'פסקה ראשונה.', ' מהשטח.');
    await reporter.locator('.sync-indicator').click();
    await expect(paragraph(reporter, 'תיקון הדסק.')).toHaveText('פסקה שלישית. תיקון הדסק.');
    await expect(paragraph(reporter, 'פסקה ראשונה.')).toHaveText('פסקה ראשונה. מהשטח.');
    await expect(reporter.locator('.sync-indicator')).toHaveAttribute('data-state', 'synced');
    await deskPage.locator('.sync-indicator').click();
    await expect(paragraph(deskPage, 'פסקה ראשונה.')).toHaveText('פסקה ראשונה. מהשטח.');

    // Both change the second paragraph: the reporter's stays, the conflict is shown with both texts.
    await typeAtEnd(deskPage, 'פסקה שנייה.', ' נוסח הדסק.');
    await deskPage.locator('.sync-indicator').click();
    await expect(deskPage.locator('.sync-indicator')).toHaveAttribute('data-state', 'synced');
    await typeAtEnd(reporter, 'פסקה שנייה.', ' נוסח הכתבת.');
    await reporter.locator('.sync-indicator').click();
    await expect(reporter.locator('.sync-indicator')).toHaveAttribute('data-state', 'conflict');
    const conflict = reporter.locator('.sync-conflict-item');
    await expect(conflict).toContainText('פסקה שנייה. נוסח הכתבת.');
    await expect(conflict).toContainText('פסקה שנייה. נוסח הדסק.');
    await expect(paragraph(reporter, 'פסקה שנייה.')).toHaveText('פסקה שנייה. נוסח הכתבת.');
    await reporter.getByRole('navigation').getByRole('button', { name: 'מאגר הכתבות' }).click();
    await expect(reporter.locator('.conflict-badge')).toHaveText('התנגשות');
    await expect(reporter.locator('.changed-by')).toContainText('dana');

    // Taking theirs replaces that paragraph only; the others stay.
    await reporter.getByRole('button', { name: 'פתיחת הכתבה השריפה בכרמל' }).click();
    await reporter.locator('.sync-conflict-item').getByRole('button', { name: 'לקחת את שלהם' }).click();
    await expect(paragraph(reporter, 'פסקה שנייה.')).toHaveText('פסקה שנייה. נוסח הדסק.');
    await expect(paragraph(reporter, 'פסקה ראשונה.')).toHaveText('פסקה ראשונה. מהשטח.');
    await expect(reporter.locator('.sync-conflict-item')).toHaveCount(0);
    await expect(reporter.locator('.sync-indicator')).not.toHaveAttribute('data-state', 'conflict');
  } finally {
    await desk.dispose();
    await remote.stop();
  }
});

test('an unreachable remote says so in Hebrew, and the work stays here', async ({ app }) => {
  const page = app.page;
  await page.getByRole('navigation').getByRole('button', { name: 'הגדרות' }).click();
  const section = page.locator('fieldset.sharing-settings');
  await section.getByLabel('כתובת המאגר המשותף (HTTPS)').fill('http://127.0.0.1:9/newsroom.git');
  await section.getByRole('button', { name: 'בדיקת החיבור' }).click();
  await expect(page.getByRole('alert')).toContainText('אין חיבור אל');
  await section.getByRole('button', { name: 'שמירה וסנכרון' }).click();
  await expect(page.locator('.sync-indicator')).toHaveAttribute('data-state', 'offline', { timeout: 20_000 });
  await expect(page.locator('.sync-indicator')).toContainText('לא מקוון');
});

test('the photo editor credits a picture the reporter brought in, and the credit reaches the reporter’s figure', async ({ app }) => {
  test.slow(); // two windows, a picture imported and credited, two syncs
  const remote = await startGitRemote(join(app.root, 'server'), { auth: AUTH });
  const photoDesk = await KtavApp.create();
  try {
    // The reporter brings a picture in, uncredited, and puts it in an article.
    const reporter = app.page;
    const file = join(app.root, 'harbor.jpg');
    await sharp({ create: { width: 640, height: 480, channels: 3, background: '#357' } }).jpeg().toFile(file);
    await reporter.getByRole('navigation').getByRole('button', { name: 'ספריית התמונות' }).click();
    await reporter.getByTestId('media-file-input').setInputFiles(file);
    await expect(reporter.getByRole('status').filter({ hasText: 'יובאו 1 תמונות' })).toBeVisible();
    await reporter.getByRole('navigation').getByRole('button', { name: 'מאגר הכתבות' }).click();
    await reporter.getByRole('button', { name: 'כתבה חדשה' }).click();
    await expect(reporter.getByRole('textbox', { name: 'עורך הכתבה' })).toBeFocused();
    await reporter.keyboard.type('הנמל נפתח מחדש');
    for (let i = 0; i < 3; i++) await reporter.keyboard.press('Enter');
    await reporter.keyboard.type('האוניות חזרו לעגון.');
    const pictures = reporter.getByRole('region', { name: 'תמונות בכתבה' });
    await pictures.getByRole('button', { name: 'הוספת תמונה' }).click();
    await pictures.getByRole('button', { name: 'הוספת harbor.jpg לכתבה' }).click();
    const figure = reporter.getByRole('textbox', { name: 'עורך הכתבה' }).locator('figure.ktav-figure');
    await expect(figure).toHaveCount(1);
    await expect(figure.locator('.ktav-figure-credit')).not.toContainText('נמרוד כהן');
    await expect(reporter.locator('.save-indicator')).toHaveAttribute('data-state', 'saved');
    await share(reporter, remote.url, 'dana', /ריק/);
    await reporter.getByRole('navigation').getByRole('button', { name: 'מאגר הכתבות' }).click();
    await reporter.getByRole('button', { name: 'פתיחת הכתבה הנמל נפתח מחדש' }).click();
    await expect(figure).toHaveCount(1);

    // The photo editor joins, credits the picture in the media library and syncs.
    const photoPage = await photoDesk.start();
    await share(photoPage, remote.url, 'desk', /מאגר של כתב/);
    await photoPage.getByRole('navigation').getByRole('button', { name: 'ספריית התמונות' }).click();
    await photoPage.locator('.media-tile-button').first().click();
    const panel = photoPage.getByRole('complementary', { name: 'פרטי קרדיט' });
    await panel.getByLabel('קרדיט צילום', { exact: true }).fill('נמרוד כהן / ynet');
    await panel.getByLabel('טקסט חלופי', { exact: true }).fill('אוניות עוגנות ברציף');
    await panel.getByRole('button', { name: 'החלה', exact: true }).click();
    await expect(panel.getByRole('status')).toHaveText('הקרדיט נשמר');
    await expect(photoPage.locator('.sync-indicator')).toHaveAttribute('data-state', 'pending');
    await photoPage.locator('.sync-indicator').click();
    await expect(photoPage.locator('.sync-indicator')).toHaveAttribute('data-state', 'synced');

    // The reporter syncs: the figure in the open article shows the credit and the alt text.
    await reporter.locator('.sync-indicator').click();
    await expect(figure.locator('.ktav-figure-credit')).toHaveText('קרדיט צילום: נמרוד כהן / ynet');
    await expect(figure.locator('img')).toHaveAttribute('alt', 'אוניות עוגנות ברציף');
    await expect(reporter.locator('.sync-indicator')).toHaveAttribute('data-state', 'synced');
  } finally {
    await photoDesk.dispose();
    await remote.stop();
  }
});
